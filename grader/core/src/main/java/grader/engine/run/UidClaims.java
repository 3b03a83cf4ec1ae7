package grader.engine.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Hands out user ids for sandbox slots so that no two graders on one machine share one.
 *
 * <p>After each submission every process of its slot's user id is killed; two grader processes using the same
 * id (two batches, or a batch and a student's {@code ./grade} run as root) would kill each other's student JVMs.
 * A user id is claimed by locking {@code /tmp/concurrency-grader-uids/UID.lock}; the lock lasts while this
 * grader holds it and dies with its process, however it ends.
 */
final class UidClaims {

    static final int FIRST = 61000;
    static final int LAST = 61999;
    /** Fixed, not java.io.tmpdir: a grader started with another temp folder must still see the others' claims. */
    private static final Path FOLDER = Path.of("/tmp", "concurrency-grader-uids");

    private final List<FileLock> held = new ArrayList<>();

    /** A user id no other slot of any grader on this machine holds now, or empty if none is free. */
    synchronized OptionalInt claim() {
        try {
            Files.createDirectories(FOLDER); // only a grader running as root gives out user ids
            for (int uid = FIRST; uid <= LAST; uid++) {
                FileChannel channel = FileChannel.open(FOLDER.resolve(uid + ".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                try {
                    FileLock lock = channel.tryLock();
                    if (lock != null) {
                        held.add(lock);
                        return OptionalInt.of(uid);
                    }
                } catch (OverlappingFileLockException e) {
                    // held by another slot of this grader
                }
                channel.close();
            }
        } catch (IOException e) {
            // no folder for the locks: no user ids to give
        }
        return OptionalInt.empty();
    }
}
