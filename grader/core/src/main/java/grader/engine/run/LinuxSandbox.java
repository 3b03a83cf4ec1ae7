package grader.engine.run;

import grader.rubric.CapBreach;
import grader.text.Localized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Confines a student's JVM with what Linux offers, as far as this machine allows.
 *
 * <ul>
 *   <li>With bubblewrap ({@code bwrap}): no network, the system read-only ({@code /usr}, {@code /etc}), a fresh
 *       {@code /tmp}, {@code /proc} and {@code /dev}, nothing of the grader, the repository or other submissions,
 *       its own PID namespace (every process it starts dies with it) and its own session.</li>
 *   <li>When the grader runs as root: a user id of its own per parallel slot ({@code setpriv}; claimed so that no
 *       other grader on the machine uses it at the same time), because a process
 *       cap does not bind root, and then a cap on the slot's processes and threads ({@code prlimit --nproc}),
 *       which a fork bomb hits instead of the machine's limit; where control groups allow, each call also gets
 *       half of it as its own ({@link SlotCgroups}), so that calls running side by side cannot use up each
 *       other's threads.</li>
 *   <li>Without bubblewrap, {@link Landlock} where the kernel offers it: the student's processes may read only
 *       the system, the JDK and their class path, and write only their own folder.</li>
 *   <li>Caps on each call's files and memory ({@link CallLimits}): its working folder, {@code /tmp} and
 *       {@code /dev/shm} in one budget, every file, its processes' memory; {@link #finish} says which it went
 *       past.</li>
 * </ul>
 *
 * <p>{@link #cleanUp()} kills every process of the slot's user id, which also catches a process that left the
 * tree (a double fork) when there is no PID namespace, and removes what that user id left in {@code /tmp}.
 */
public final class LinuxSandbox implements Sandbox {

    /** The user ids slots may run as: {@value UidClaims#FIRST} to {@value UidClaims#LAST}, claimed per slot. */
    public static final int FIRST_UID = UidClaims.FIRST;
    public static final int LAST_UID = UidClaims.LAST;

    private final boolean bubblewrap;
    private final OptionalInt uid;
    private final int maxProcesses;
    private final Optional<SlotCgroups> cgroups;
    private final Optional<Landlock> landlock;
    private final CallLimits limits;

    /**
     * @param bubblewrap whether to run inside {@code bwrap}
     * @param uid the user id to run as (only when the grader is root), or empty to keep the grader's
     * @param maxProcesses the cap on processes and threads of that user id (only with a user id of its own)
     */
    public LinuxSandbox(boolean bubblewrap, OptionalInt uid, int maxProcesses) {
        this(bubblewrap, uid, maxProcesses, Optional.empty());
    }

    /**
     * @param cgroups the slot's control groups; each call's processes join groups of their own in them
     */
    public LinuxSandbox(boolean bubblewrap, OptionalInt uid, int maxProcesses, Optional<SlotCgroups> cgroups) {
        this(bubblewrap, uid, maxProcesses, cgroups, Optional.empty());
    }

    /**
     * @param landlock where bubblewrap does not run: what confines the files the student's processes may open
     */
    public LinuxSandbox(boolean bubblewrap, OptionalInt uid, int maxProcesses, Optional<SlotCgroups> cgroups,
            Optional<Landlock> landlock) {
        this.bubblewrap = bubblewrap;
        this.uid = uid;
        this.maxProcesses = maxProcesses;
        this.cgroups = cgroups;
        this.landlock = bubblewrap ? Optional.empty() : landlock;
        this.limits = CallLimits.of(uid, CallCaps.defaults());
    }


    @Override
    public List<String> wrap(List<String> command, Path workDir, List<Path> readOnly) {
        List<String> wrapped = new ArrayList<>();
        // joins the call's groups while still root, then runs the rest; its children stay in the groups
        List<Path> groups = new ArrayList<>(cgroups.map(c -> c.callGroups(callName(workDir))).orElse(List.of()));
        groups.addAll(limits.groups(callName(workDir)));
        if (!groups.isEmpty()) {
            wrapped.addAll(List.of("sh", "-c", "while [ \"$1\" != -- ]; do echo $$ > \"$1/cgroup.procs\" || exit 125; "
                    + "shift; done; shift; exec \"$@\"", "join-cgroups"));
            groups.forEach(group -> wrapped.add(group.toString()));
            wrapped.add("--");
        }
        wrapped.addAll(limits.prefix());
        if (uid.isPresent()) {
            wrapped.addAll(List.of("prlimit", "--nproc=" + maxProcesses + ":" + maxProcesses, "--",
                    "setpriv", "--reuid=" + uid.getAsInt(), "--regid=" + uid.getAsInt(), "--clear-groups", "--"));
        }
        landlock.ifPresent(rules -> wrapped.addAll(rules.prefix(readOnly, workDir)));
        if (bubblewrap) {
            wrapped.addAll(List.of("bwrap", "--unshare-all", "--die-with-parent", "--new-session",
                    "--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc"));
            for (String top : List.of("/bin", "/sbin", "/lib", "/lib64", "/lib32")) {
                Path path = Path.of(top);
                if (Files.isSymbolicLink(path)) {
                    try {
                        wrapped.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), top));
                    } catch (IOException e) {
                        // an unreadable link is simply not there inside
                    }
                } else if (Files.isDirectory(path)) {
                    wrapped.addAll(List.of("--ro-bind", top, top));
                }
            }
            wrapped.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
            wrapped.addAll(limits.bubblewrapMounts(workDir));
            for (Path path : readOnly) {
                String p = path.toAbsolutePath().normalize().toString();
                if (!p.startsWith("/usr/") && !p.startsWith("/etc/")) {
                    wrapped.addAll(List.of("--ro-bind", p, p));
                }
            }
            String work = workDir.toAbsolutePath().normalize().toString();
            wrapped.addAll(List.of("--bind", work, work, "--chdir", work));
            wrapped.addAll(limits.bubblewrapSeal());
            wrapped.add("--");
        }
        wrapped.addAll(command);
        return wrapped;
    }

    /** The user id the slot runs as, if it has one of its own. */
    public OptionalInt uid() {
        return uid;
    }

    /** A call's groups are named after its folder, unique within a submission's run. */
    private static String callName(Path workDir) {
        return workDir.getFileName().toString();
    }

    @Override
    public void prepare(Path workDir) throws IOException {
        if (cgroups.isPresent()) {
            cgroups.get().prepare(callName(workDir));
        }
        limits.prepare(workDir, callName(workDir));
        if (uid.isPresent()) {
            try (Stream<Path> files = Files.walk(workDir)) {
                for (Path p : files.toList()) {
                    Files.setAttribute(p, "unix:uid", uid.getAsInt());
                    Files.setAttribute(p, "unix:gid", uid.getAsInt());
                }
            }
        }
    }

    @Override
    public Optional<CapBreach> finish(Path workDir) {
        return limits.finish(workDir, callName(workDir));
    }

    @Override
    public void cleanUp() {
        if (uid.isPresent()) {
            UserProcesses.killAll(uid.getAsInt());
            UserLeftovers.remove(uid.getAsInt());
        }
        limits.releaseAll();
    }

    @Override
    public Localized describe() {
        List<Localized> parts = new ArrayList<>();
        parts.add(Localized.of(bubblewrap ? "engine.sandbox.bubblewrap" : "engine.sandbox.plain"));
        Optional<Integer> perCall = cgroups.filter(SlotCgroups::capsProcesses).map(SlotCgroups::callMaxProcesses);
        uid.ifPresent(u -> parts.add(perCall.isPresent()
                ? Localized.of("engine.sandbox.uid-per-call", "uid", Integer.toString(u), "max",
                        Integer.toString(maxProcesses), "perCall", Integer.toString(perCall.get()))
                : Localized.of("engine.sandbox.uid", "uid", Integer.toString(u), "max",
                        Integer.toString(maxProcesses))));
        if (!bubblewrap && uid.isPresent()) {
            parts.add(Localized.of(landlock.isPresent() ? "engine.sandbox.landlock" : "engine.sandbox.no-confinement"));
        }
        cgroups.ifPresent(g -> parts.add(Localized.of("engine.sandbox.cpu-share")));
        parts.addAll(limits.describe());
        return Localized.join(", ", parts);
    }
}
