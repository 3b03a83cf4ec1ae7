package grader.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;

/**
 * The part of a {@link PhaseGate} that graders in other processes on this machine see: a readers-writer lock on a
 * file, held shared while this JVM is busy and exclusively while it runs timed calls.
 *
 * <pre>{@code
 * MachineLock machine = MachineLock.open(Path.of("/tmp/concurrency-grader-phases.lock"), Duration.ofSeconds(60));
 * machine.acquire(true);   // waits while another grader is busy or timed
 * ...
 * machine.release();
 * }</pre>
 *
 * <p>Byte 0 of the file is a turnstile, byte 1 the room. A writer holds the turnstile while it waits for the room,
 * so readers that arrive meanwhile wait behind it instead of keeping it out for ever. POSIX locks belong to the
 * process and are dropped when it closes any channel on the file, so a JVM opens the file once and keeps it open;
 * its {@link PhaseGate} calls {@code acquire} only while it holds nothing, one thread at a time, and
 * {@code release} only while it holds the room. A wait is bounded by the patience: a grader stuck elsewhere, or a
 * program holding the file, delays this one by that much at most, and the phase then runs uncoordinated, as
 * before. The file is its owner's only (mode 600), and sandboxed student code sees a /tmp of its own.
 */
final class MachineLock {

    /** A lock that coordinates with nothing: for a gate within one JVM, or when the file cannot be opened. */
    static final MachineLock NONE = new MachineLock(null, Duration.ZERO);

    private static final long TURNSTILE = 0;
    private static final long ROOM = 1;
    private static final long POLL_MILLIS = 10;

    private final FileChannel channel;
    private final Duration patience;
    /** Taken by the thread that acquires, released by the one that leaves last: the gate hands it over. */
    private volatile FileLock room;

    private MachineLock(FileChannel channel, Duration patience) {
        this.channel = channel;
        this.patience = patience;
    }

    /** The lock on {@code file}, created if need be; {@link #NONE} if it cannot be opened (another user's file). */
    static MachineLock open(Path file, Duration patience) {
        try {
            var options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            // Windows has no POSIX modes; its temporary folder is the user's own
            boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
            return new MachineLock(posix ? FileChannel.open(file, options,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : FileChannel.open(file, options), patience);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return NONE;
        }
    }

    /**
     * Waits, at most the patience, until no other process holds the room against this JVM, and takes it; when
     * the patience runs out (or there is no file) it returns without it, and the phase runs uncoordinated.
     *
     * @param exclusive for timed calls (no one else in); shared for busy work (other busy graders may be in)
     */
    void acquire(boolean exclusive) throws InterruptedException {
        if (channel == null || room != null) {
            return;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        FileLock turnstile = poll(TURNSTILE, !exclusive, deadline);
        boolean through = turnstile != null;
        try {
            if (!exclusive) {
                turnstile = release(turnstile);   // a reader only passes through; a writer holds it while it waits
            }
            room = through ? poll(ROOM, !exclusive, deadline) : null;
        } finally {
            release(turnstile);
        }
    }

    /** Lets the other graders in; does nothing if the room is not held. */
    void release() {
        room = release(room);
    }

    private FileLock poll(long position, boolean shared, long deadline) throws InterruptedException {
        while (true) {
            try {
                FileLock lock = channel.tryLock(position, 1, shared);
                if (lock != null) {
                    return lock;
                }
            } catch (IOException e) {
                return null;   // the file went away: run uncoordinated
            }
            if (System.nanoTime() >= deadline) {
                return null;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static FileLock release(FileLock lock) {
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException e) {
                // the channel is gone, and with it the lock
            }
        }
        return null;
    }
}
