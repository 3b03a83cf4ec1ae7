package grader.engine.run;

import grader.rubric.CapBreach;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The files budget of a slot's calls: each call's working folder becomes a file system of its own, a
 * {@code tmpfs} of {@link CallCaps#fileBytes()} and {@link CallCaps#files()} that the grader mounts (it must be
 * root) before the call and measures and removes after it. Inside bubblewrap the call's {@code /tmp} and
 * {@code /dev/shm} are folders of it, so one budget holds everything the call can write; its pages count
 * against the call's memory too. The kernel enforces the budget while the call runs; the grader reads how full
 * it is when the call ends, so a call whose writes failed fails however its code handled the error.
 *
 * <p>Each mount is named after the slot's user id ({@code concurrency-grader-UID}), which one grader holds at a
 * time: mounts a crashed grader left behind are removed when the next one takes the id.
 */
final class CallFiles {

    /** A call whose files leave less room than this has filled its budget: its next write failed. */
    static final long FULL_MARGIN = 1 << 20;

    private final String source;
    private final CallCaps caps;
    private final int uid;
    /** The working folders mounted now: the calls of the slot run side by side. */
    private final Set<Path> mounted = ConcurrentHashMap.newKeySet();

    private CallFiles(String source, CallCaps caps, int uid) {
        this.source = source;
        this.caps = caps;
        this.uid = uid;
    }

    /** The budget of the slot running as {@code uid}, or empty where the grader may not mount file systems. */
    static Optional<CallFiles> of(int uid, CallCaps caps) {
        CallFiles files = new CallFiles("concurrency-grader-" + uid, caps, uid);
        files.unmountLeftovers();
        Path trial = null;
        try {
            trial = Files.createTempDirectory("call-files-trial-");
            files.mount(trial);
            files.release(trial);
            return Optional.of(files);
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            if (trial != null) {
                trial.toFile().delete();
            }
        }
    }

    /** Mounts the call's budget on {@code work}, owned by the slot's user, with {@code tmp} and {@code shm} in it. */
    void mount(Path work) throws IOException {
        // one inode more for the root of the file system, so that the call may create exactly caps.files()
        String options = "size=" + caps.fileBytes() + ",nr_inodes=" + (caps.files() + 1) + ",mode=0700,uid=" + uid
                + ",gid=" + uid + ",nosuid,nodev";
        run(List.of("mount", "-t", "tmpfs", "-o", options, source, work.toString()));
        mounted.add(work);
        Files.createDirectories(tmp(work));
        Files.createDirectories(shm(work));
    }

    /** Whether {@code work} has a budget of its own now. */
    boolean mounted(Path work) {
        return mounted.contains(work);
    }

    /** The bubblewrap arguments that put the call's {@code /tmp} and {@code /dev/shm} in its budget. */
    List<String> bubblewrapMounts(Path work) {
        return List.of("--bind", tmp(work).toString(), "/tmp", "--bind", shm(work).toString(), "/dev/shm");
    }

    /**
     * Measures the call's files, then unmounts its budget (lazily: a process that escaped the tree still holds it
     * until the slot's processes are killed).
     *
     * @return the cap it filled, if any
     */
    Optional<CapBreach> release(Path work) {
        if (!mounted.remove(work)) {
            return Optional.empty();
        }
        Optional<CapBreach> breach = Optional.empty();
        try {
            var store = Files.getFileStore(work);
            long used = store.getTotalSpace() - store.getUnallocatedSpace();
            long entries = count(work);
            if (entries >= caps.files()) {
                breach = Optional.of(new CapBreach(CapBreach.Cap.FILES, caps.files(), entries));
            } else if (store.getUnallocatedSpace() < FULL_MARGIN) {
                breach = Optional.of(new CapBreach(CapBreach.Cap.FILE_BYTES, caps.fileBytes(), used));
            }
        } catch (IOException e) {
            // unreadable: the kernel enforced the budget all the same
        }
        try {
            run(List.of("umount", "--lazy", work.toString()));
        } catch (IOException e) {
            // left mounted: removed when a grader next takes this user id
        }
        return breach;
    }

    /** Unmounts the budgets still mounted, measuring nothing. */
    void releaseAll() {
        List.copyOf(mounted).forEach(this::release);
    }

    /** Files and folders under {@code work}, not following links; the budget's inodes bound the walk. */
    private static long count(Path work) throws IOException {
        try (Stream<Path> all = Files.walk(work)) {
            return all.count() - 1;
        }
    }

    private static Path tmp(Path work) {
        return work.resolve("tmp");
    }

    private static Path shm(Path work) {
        return work.resolve("shm");
    }

    /** Unmounts every budget of this user id still mounted: none is in use, since this grader holds the id. */
    private void unmountLeftovers() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
                // fields: id parent major:minor root mount-point options ... - type source super-options
                String[] halves = line.split(" - ", 2);
                String[] before = halves[0].split(" ");
                String[] after = halves.length > 1 ? halves[1].split(" ") : new String[0];
                if (after.length > 1 && after[0].equals("tmpfs") && after[1].equals(source) && before.length > 4) {
                    run(List.of("umount", "--lazy", before[4].replace("\\040", " ")));
                }
            }
        } catch (IOException e) {
            // no mount table, or not allowed: nothing to remove
        }
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", command) + " was interrupted", e);
        }
    }
}
