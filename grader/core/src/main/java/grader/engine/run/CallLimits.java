package grader.engine.run;

import grader.rubric.CapBreach;
import grader.text.Localized;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the {@link CallCaps} to the calls of one slot, as far as this machine allows:
 *
 * <ul>
 *   <li>every file at most {@link CallCaps#fileBytes()} ({@code prlimit --fsize}), wherever it is written;</li>
 *   <li>as root, a files budget per call ({@link CallFiles}) that holds its working folder and, in bubblewrap,
 *       its {@code /tmp} and {@code /dev/shm}; without it, bubblewrap's own {@code /tmp} and {@code /dev/shm} are
 *       sized ({@code --size}) and the working folder has only the per-file cap;</li>
 *   <li>as root with a memory controller, a memory cap per call ({@link CallMemory});</li>
 *   <li>in bubblewrap, the sandbox's own root and {@code /dev} read-only, so that no unsized file system is left
 *       to write to.</li>
 * </ul>
 *
 * <p>After each call, {@link #finish} says which cap it went past, as the grader measured it.
 */
final class CallLimits {

    private final CallCaps caps;
    private final boolean perFile;
    private final Optional<CallFiles> files;
    private final Optional<CallMemory> memory;
    /** Whether bubblewrap's own {@code /tmp} can be sized: needed without a budget, and older versions lack it. */
    private final boolean sizedTmpfs;

    private CallLimits(CallCaps caps, Optional<CallFiles> files, Optional<CallMemory> memory) {
        this.caps = caps;
        this.perFile = prlimitOnPath();
        this.files = files;
        this.memory = memory;
        this.sizedTmpfs = files.isEmpty() && bubblewrapHasSize();
    }

    /** The limits of a slot; with a user id of its own (the grader is root) they include budgets and groups. */
    static CallLimits of(java.util.OptionalInt uid, CallCaps caps) {
        if (uid.isEmpty()) {
            return new CallLimits(caps, Optional.empty(), Optional.empty());
        }
        return new CallLimits(caps, CallFiles.of(uid.getAsInt(), caps), CallMemory.of(uid.getAsInt(), caps));
    }

    /** The command that sets the per-file cap on everything after it. */
    List<String> prefix() {
        if (!perFile) {
            return List.of();
        }
        return List.of("prlimit", "--fsize=" + caps.fileBytes() + ":" + caps.fileBytes(), "--");
    }

    /** The control groups the call {@code name} joins, besides its CPU and process groups. */
    List<Path> groups(String name) {
        return memory.map(m -> List.of(m.group(name))).orElse(List.of());
    }

    /** Sets up the call's budget on {@code work} and its memory group, before anything runs there. */
    void prepare(Path work, String name) throws IOException {
        if (files.isPresent()) {
            files.get().mount(work);
        }
        if (memory.isPresent()) {
            memory.get().prepare(name);
        }
    }

    /** Bubblewrap's arguments for the call's {@code /tmp} and {@code /dev/shm}, after {@code --dev}. */
    List<String> bubblewrapMounts(Path work) {
        if (files.isPresent() && files.get().mounted(work)) {
            return files.get().bubblewrapMounts(work);
        }
        List<String> sized = sizedTmpfs ? List.of("--size", Long.toString(caps.fileBytes())) : List.of();
        List<String> mounts = new ArrayList<>();
        for (String target : List.of("/tmp", "/dev/shm")) {
            mounts.addAll(sized);
            mounts.addAll(List.of("--tmpfs", target));
        }
        return mounts;
    }

    /** Bubblewrap's last arguments: its own root and {@code /dev} (tmpfs without a size) read-only. */
    List<String> bubblewrapSeal() {
        return List.of("--remount-ro", "/dev", "--remount-ro", "/");
    }

    /** After the call's processes are gone: releases its budget and says which cap it went past, if any. */
    Optional<CapBreach> finish(Path work, String name) {
        Optional<CapBreach> overMemory = memory.flatMap(m -> m.finish(name));
        Optional<CapBreach> overFiles = files.flatMap(f -> f.release(work));
        return overMemory.or(() -> overFiles);
    }

    /** Releases the budgets of calls that were prepared and never finished (a test, an exception). */
    void releaseAll() {
        files.ifPresent(CallFiles::releaseAll);
    }

    private static boolean bubblewrapHasSize() {
        try {
            Process help = new ProcessBuilder("bwrap", "--help").redirectErrorStream(true).start();
            String text = new String(help.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            help.waitFor();
            return text.contains("--size");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean prlimitOnPath() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> java.nio.file.Files.isExecutable(Path.of(dir, "prlimit")));
    }

    /** For the report: which caps bind the calls. */
    List<Localized> describe() {
        List<Localized> parts = new ArrayList<>();
        if (perFile) {
            parts.add(Localized.of("engine.sandbox.file-cap", "size", CapBreach.size(caps.fileBytes())));
        }
        files.ifPresent(f -> parts.add(Localized.of("engine.sandbox.files-cap", "size",
                CapBreach.size(caps.fileBytes()), "files", Integer.toString(caps.files()))));
        memory.ifPresent(m -> parts.add(Localized.of("engine.sandbox.memory-cap", "size",
                CapBreach.size(caps.memoryBytes()))));
        return parts;
    }
}
