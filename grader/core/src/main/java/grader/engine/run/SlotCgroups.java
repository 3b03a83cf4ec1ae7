package grader.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The control groups of a parallel slot, where Linux lets the grader make them (it must be root). Each call of the
 * slot joins a group of its own, named after its folder, that gives it:
 *
 * <ul>
 *   <li>a CPU share equal to every other call's however many threads it spins: a call flooding the CPU (a hostile
 *       busy loop, a gigabyte of output) cannot starve the threads of a call beside it that is being timed, because
 *       a thread of an idle group that wakes up is run first;</li>
 *   <li>a cap on its processes and threads ({@code pids.max}) of half the slot's: the calls of a slot run as one
 *       user id, so with only that user's cap a call starting 10,000 threads would use up the threads of the call
 *       running beside it. The slot's own group keeps the slot's cap, so that a fork bomb in every call of a
 *       submission still starts no more processes (and takes no more memory) than one slot's worth.</li>
 * </ul>
 *
 * <p>Version 1 ({@code /sys/fs/cgroup/cpu} and {@code /sys/fs/cgroup/pids}) and version 2 (one hierarchy with the
 * cpu and pids controllers) are tried; a controller that is not there is simply left out.
 */
public final class SlotCgroups {

    private static final String NAME = "concurrency-grader";
    private static final Path ROOT = Path.of("/sys/fs/cgroup");

    /** The slot's folder in each hierarchy it has. */
    private final List<Path> slotFolders;
    private final boolean capsProcesses;
    private final int maxProcesses;

    private SlotCgroups(List<Path> slotFolders, boolean capsProcesses, int maxProcesses) {
        this.slotFolders = List.copyOf(slotFolders);
        this.capsProcesses = capsProcesses;
        this.maxProcesses = maxProcesses;
    }

    /**
     * The groups of the slot running as {@code uid}, created if needed, or empty if none can be made here.
     *
     * @param maxProcesses the cap on processes and threads of the slot's calls together; each call gets half
     */
    public static Optional<SlotCgroups> of(int uid, int maxProcesses) {
        String slot = "uid-" + uid;
        try {
            if (Files.isWritable(ROOT.resolve("cpu").resolve("cgroup.procs"))) {
                List<Path> folders = new ArrayList<>();
                folders.add(Files.createDirectories(ROOT.resolve("cpu").resolve(NAME).resolve(slot)));
                boolean pids = Files.isWritable(ROOT.resolve("pids").resolve("cgroup.procs"));
                if (pids) {
                    folders.add(Files.createDirectories(ROOT.resolve("pids").resolve(NAME).resolve(slot)));
                }
                return Optional.of(capped(new SlotCgroups(folders, pids, maxProcesses)));
            }
            Path controllers = ROOT.resolve("cgroup.controllers");
            if (Files.isReadable(controllers) && Files.readString(controllers).contains("cpu")
                    && Files.isWritable(ROOT.resolve("cgroup.subtree_control"))) {
                boolean pids = Files.readString(controllers).contains("pids");
                Path parent = Files.createDirectories(ROOT.resolve(NAME));
                Path folder = Files.createDirectories(parent.resolve(slot));
                // every level down to the calls' groups hands the controllers on
                for (Path level : List.of(ROOT, parent, folder)) {
                    Files.writeString(level.resolve("cgroup.subtree_control"), pids ? "+cpu +pids" : "+cpu");
                }
                return Optional.of(capped(new SlotCgroups(List.of(folder), pids, maxProcesses)));
            }
        } catch (IOException | RuntimeException e) {
            // not allowed here: no groups
        }
        return Optional.empty();
    }

    /** Sets the slot's cap on its own group, which holds every call's. */
    private static SlotCgroups capped(SlotCgroups groups) throws IOException {
        for (Path folder : groups.slotFolders) {
            writeCap(folder, groups.maxProcesses);
        }
        return groups;
    }

    private static void writeCap(Path group, int cap) throws IOException {
        Path file = group.resolve("pids.max");
        if (Files.exists(file)) {
            Files.writeString(file, Integer.toString(cap));
        }
    }

    /** Whether each call's processes and threads are capped by its group. */
    public boolean capsProcesses() {
        return capsProcesses;
    }

    /** The cap on each call's processes and threads, where {@link #capsProcesses()}: half the slot's. */
    public int callMaxProcesses() {
        return maxProcesses / 2;
    }

    /** The folders of the call {@code name}'s groups, one per hierarchy; its first process writes its id there. */
    public List<Path> callGroups(String name) {
        return slotFolders.stream().map(folder -> folder.resolve(name)).toList();
    }

    /** Creates the call's groups and sets their cap; a group left from an earlier call of that name is reused. */
    public void prepare(String name) throws IOException {
        for (Path group : callGroups(name)) {
            writeCap(Files.createDirectories(group), callMaxProcesses());
        }
    }
}
