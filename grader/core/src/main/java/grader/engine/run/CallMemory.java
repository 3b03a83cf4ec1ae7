package grader.engine.run;

import grader.rubric.CapBreach;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A memory control group for each call of a slot (the grader must be root), capped at
 * {@link CallCaps#memoryBytes()}: its JVM, every process it starts, and the pages of its files in memory count
 * together, so native memory, thread stacks and child JVMs with big heaps are bounded as well as the heap. A
 * call that needs more has a process killed by the kernel's out-of-memory killer, within the group only; the
 * grader reads the group's count of such kills after the call.
 *
 * <p>Each call has its own cap and no cap is shared: a hungry call cannot take memory a call beside it needs, so
 * no verdict depends on which of them allocates first. Version 1 ({@code /sys/fs/cgroup/memory}) and version 2
 * (the {@code memory} controller of the one hierarchy) are tried.
 */
final class CallMemory {

    private static final String NAME = "concurrency-grader";
    private static final Path ROOT = Path.of("/sys/fs/cgroup");

    private final Path slot;
    private final boolean v2;
    private final long limit;
    /** The group's count of kills when each running call started: a reused group keeps its count. */
    private final Map<String, Long> killsBefore = new ConcurrentHashMap<>();

    private CallMemory(Path slot, boolean v2, long limit) {
        this.slot = slot;
        this.v2 = v2;
        this.limit = limit;
    }

    /** The groups of the slot running as {@code uid}, or empty where none can be made. */
    static Optional<CallMemory> of(int uid, CallCaps caps) {
        String slot = "uid-" + uid;
        try {
            Path v1 = ROOT.resolve("memory");
            if (Files.isWritable(v1.resolve("cgroup.procs"))) {
                return Optional.of(new CallMemory(Files.createDirectories(v1.resolve(NAME).resolve(slot)), false,
                        caps.memoryBytes()));
            }
            Path controllers = ROOT.resolve("cgroup.controllers");
            if (Files.isReadable(controllers) && Files.readString(controllers).contains("memory")
                    && Files.isWritable(ROOT.resolve("cgroup.subtree_control"))) {
                Path parent = Files.createDirectories(ROOT.resolve(NAME));
                Path folder = Files.createDirectories(parent.resolve(slot));
                for (Path level : List.of(ROOT, parent, folder)) {
                    Files.writeString(level.resolve("cgroup.subtree_control"), "+memory");
                }
                return Optional.of(new CallMemory(folder, true, caps.memoryBytes()));
            }
        } catch (IOException | RuntimeException e) {
            // not allowed here: no memory groups
        }
        return Optional.empty();
    }

    /** The call's group, which its first process joins. */
    Path group(String call) {
        return slot.resolve(call);
    }

    /** Creates or reuses the call's group, sets its cap and remembers its count of kills so far. */
    void prepare(String call) throws IOException {
        Path group = Files.createDirectories(group(call));
        if (v2) {
            Files.writeString(group.resolve("memory.max"), Long.toString(limit));
            if (Files.exists(group.resolve("memory.swap.max"))) {
                Files.writeString(group.resolve("memory.swap.max"), "0");
            }
        } else {
            Files.writeString(group.resolve("memory.limit_in_bytes"), Long.toString(limit));
            // so that the group shows this call's peak to whoever looks (v2's memory.peak cannot be reset)
            Files.writeString(group.resolve("memory.max_usage_in_bytes"), "0");
        }
        killsBefore.put(call, kills(group));
    }

    /** The cap the call went past, if the kernel killed one of its processes for it. */
    Optional<CapBreach> finish(String call) {
        Long before = killsBefore.remove(call);
        Path group = group(call);
        try {
            long killed = before == null ? 0 : kills(group) - before;
            if (killed > 0) {
                return Optional.of(new CapBreach(CapBreach.Cap.MEMORY, limit, killed));
            }
        } catch (IOException e) {
            // the group is gone: nothing to read
        }
        return Optional.empty();
    }

    private long kills(Path group) throws IOException {
        String file = v2 ? "memory.events" : "memory.oom_control";
        for (String line : Files.readAllLines(group.resolve(file))) {
            if (line.startsWith("oom_kill ")) {
                return Long.parseLong(line.substring("oom_kill ".length()).trim());
            }
        }
        return 0;
    }
}
