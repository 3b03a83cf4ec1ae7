package grader.engine.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Hands out user ids for sandbox slots so that no two graders on one machine share one.
 *
 * <p>After each submission every process of its slot's user id is killed; two grader processes using the same
 * id (two batches, or a batch and a student's {@code ./grade} run as root) would kill each other's student JVMs.
 * A user id is claimed by locking {@code /tmp/concurrency-grader-uids/UID.lock}; the lock lasts while this
 * grader holds it and dies with its process, however it ends.
 *
 * <p>Such a lock belongs to the process, and Linux drops it when the process closes any channel on that file: a
 * second slot that opened a held id's file only to find it taken would set that id free for other graders while
 * the first slot still runs as it (they then killed each other's JVMs). So this JVM never opens the file of an id
 * it holds, and keeps what it claimed until it exits.
 *
 * <p>The folder is the grader's alone ({@code rwx------}, owned by root): were its files readable, student code
 * running as a slot's user could open one and hold a read lock on it, which keeps that user id from every grader.
 */
final class UidClaims {

    static final int FIRST = 61000;
    static final int LAST = 61999;
    /** Fixed, not java.io.tmpdir: a grader started with another temp folder must still see the others' claims. */
    private static final Path FOLDER = Path.of("/tmp", "concurrency-grader-uids");
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    /** The ids this JVM claimed or is claiming, whatever instance: state of the process, as the locks are. */
    private static final Set<Integer> IDS_OF_THIS_JVM = ConcurrentHashMap.newKeySet();
    /** Their locks, kept reachable until the JVM exits (a lock whose channel is collected is released). */
    private static final Queue<FileLock> LOCKS_OF_THIS_JVM = new ConcurrentLinkedQueue<>();

    /** A user id no other slot of any grader on this machine holds now, or empty if none is free. */
    OptionalInt claim() {
        try {
            makePrivate(); // only a grader running as root gives out user ids
            for (int uid = FIRST; uid <= LAST; uid++) {
                if (!IDS_OF_THIS_JVM.add(uid)) {
                    continue; // this JVM's: its file must stay unopened
                }
                FileLock lock = tryLock(uid);
                if (lock != null) {
                    LOCKS_OF_THIS_JVM.add(lock);
                    return OptionalInt.of(uid);
                }
                IDS_OF_THIS_JVM.remove(uid);
            }
        } catch (IOException e) {
            // no folder for the locks: no user ids to give
        }
        return OptionalInt.empty();
    }

    /** Creates the folder if need be, closed to everyone but root, or fails if someone else made it. */
    private static void makePrivate() throws IOException {
        try {
            Files.createDirectory(FOLDER, PosixFilePermissions.asFileAttribute(PRIVATE));
        } catch (FileAlreadyExistsException e) {
            // made by an earlier grader
        }
        Object owner = Files.getAttribute(FOLDER, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        if (!Files.isDirectory(FOLDER, LinkOption.NOFOLLOW_LINKS) || !Integer.valueOf(0).equals(owner)) {
            throw new IOException(FOLDER + " is not root's own folder");
        }
        Files.setPosixFilePermissions(FOLDER, PRIVATE); // an older grader left it readable by all
    }

    /** The id's lock, or null when another grader holds it (the file is closed then: this JVM held no lock on it). */
    private static FileLock tryLock(int uid) throws IOException {
        FileChannel channel = FileChannel.open(FOLDER.resolve(uid + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // cannot happen while every claim of this JVM goes through IDS_OF_THIS_JVM
        }
        channel.close();
        return null;
    }
}
