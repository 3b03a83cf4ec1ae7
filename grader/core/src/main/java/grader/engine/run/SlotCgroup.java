package grader.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A CPU control group of its own for a parallel slot, where Linux lets the grader make one (it must be root).
 *
 * <p>Slots get equal CPU shares whatever number of threads they run: a submission spinning on every core
 * cannot starve the threads of another submission whose timed calls are being measured, because a thread of an
 * idle group that wakes up is run first. Version 1 ({@code /sys/fs/cgroup/cpu}) and version 2 (with the cpu
 * controller) hierarchies are tried; without either the slot simply has none.
 */
public final class SlotCgroup {

    private static final String NAME = "concurrency-grader";

    private SlotCgroup() {}

    /** The folder of the group for the slot running as {@code uid}, created if needed, or empty if none can be. */
    public static Optional<Path> of(int uid) {
        Path v1 = Path.of("/sys/fs/cgroup/cpu");
        Path v2 = Path.of("/sys/fs/cgroup");
        try {
            if (Files.isWritable(v1.resolve("cgroup.procs"))) {
                return Optional.of(Files.createDirectories(v1.resolve(NAME).resolve("uid-" + uid)));
            }
            Path controllers = v2.resolve("cgroup.controllers");
            if (Files.isReadable(controllers) && Files.readString(controllers).contains("cpu")
                    && Files.isWritable(v2.resolve("cgroup.subtree_control"))) {
                Files.writeString(v2.resolve("cgroup.subtree_control"), "+cpu");
                Path parent = Files.createDirectories(v2.resolve(NAME));
                Files.writeString(parent.resolve("cgroup.subtree_control"), "+cpu");
                return Optional.of(Files.createDirectories(parent.resolve("uid-" + uid)));
            }
        } catch (IOException | RuntimeException e) {
            // not allowed here: no group
        }
        return Optional.empty();
    }
}
