package grader.engine.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Chooses how student JVMs are confined on this machine, by trying: the strongest mode whose trial run of
 * {@code java -version} works wins.
 *
 * <pre>{@code
 * SandboxChoice choice = SandboxChoice.detect(java, SandboxChoice.Mode.AUTO);
 * Sandbox slot0 = choice.forSlot(0);
 * }</pre>
 */
public final class SandboxChoice {

    /** What the user asked for. */
    public enum Mode {
        /** The strongest that works: bubblewrap, else own user ids (with Landlock where it works), else none. */
        AUTO,
        /** Bubblewrap or nothing: grading stops if it does not work. */
        BWRAP,
        /**
         * A user id of its own per slot without bubblewrap, as where bubblewrap cannot run (a container), with
         * Landlock where the kernel offers it: grading stops if the grader is not root.
         */
        UID,
        /** No confinement beyond time, output and process-tree limits. */
        NONE;

        public static Mode parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The cap on processes and threads of one slot, and half of it of each call: far above the ~900 threads of a
     * correct task 4's calls together and the ~450 of its largest.
     */
    public static final int MAX_PROCESSES = 2048;

    private final boolean bubblewrap;
    private final boolean ownUsers;
    private final Optional<Landlock> landlock;
    private final String reason;
    private final UidClaims uids = new UidClaims();
    private final java.util.Map<Integer, Sandbox> slots = new java.util.HashMap<>();

    private SandboxChoice(boolean bubblewrap, boolean ownUsers, String reason) {
        this(bubblewrap, ownUsers, Optional.empty(), reason);
    }

    private SandboxChoice(boolean bubblewrap, boolean ownUsers, Optional<Landlock> landlock, String reason) {
        this.bubblewrap = bubblewrap;
        this.ownUsers = ownUsers;
        this.landlock = landlock;
        this.reason = reason;
    }

    /**
     * @throws IllegalStateException if {@code BWRAP} was asked for and does not work here
     */
    public static SandboxChoice detect(Path java, Mode mode) {
        if (mode == Mode.NONE) {
            return new SandboxChoice(false, false, "no sandbox was asked for");
        }
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        boolean root = linux && isRoot();
        boolean limits = root && onPath("prlimit") && onPath("setpriv");
        List<SandboxChoice> candidates = new ArrayList<>();
        if (linux && mode != Mode.UID && onPath("bwrap")) {
            candidates.add(new SandboxChoice(true, limits, ""));
            if (limits) {
                candidates.add(new SandboxChoice(true, false, ""));
            }
        }
        if (mode != Mode.BWRAP && limits) {
            String noBubblewrap = mode == Mode.UID ? "" : "bubblewrap (bwrap) is not installed or does not work here";
            String noLandlock = "Landlock does not work here (it needs Linux 5.13 or later with Landlock enabled, "
                    + "and /usr/bin/python3), so student code can read whatever any user may read";
            Landlock.find().ifPresent(rules -> candidates.add(new SandboxChoice(false, true, Optional.of(rules),
                    noBubblewrap)));
            candidates.add(new SandboxChoice(false, true, noBubblewrap.isEmpty() ? noLandlock
                    : noBubblewrap + ", and " + noLandlock));
        }
        for (SandboxChoice candidate : candidates) {
            if (candidate.works(java)) {
                return candidate;
            }
        }
        if (mode == Mode.BWRAP) {
            throw new IllegalStateException("--sandbox bwrap was asked for, but bubblewrap does not work here"
                    + (linux ? " (is the bubblewrap package installed?)" : " (it needs Linux)"));
        }
        if (mode == Mode.UID) {
            throw new IllegalStateException("--sandbox uid was asked for, but it needs the grader to run as root "
                    + "on Linux with prlimit and setpriv (util-linux)");
        }
        return new SandboxChoice(false, false, linux ? "bubblewrap is not installed or does not work here"
                : "bubblewrap needs Linux");
    }

    /**
     * The sandbox of parallel slot {@code slot} of this grader: the same object every time, with a user id of its
     * own (claimed machine-wide, see {@link UidClaims}) when there are user ids to give.
     */
    public synchronized Sandbox forSlot(int slot) {
        if (!bubblewrap && !ownUsers) {
            return Sandbox.NONE;
        }
        return slots.computeIfAbsent(slot, s -> {
            OptionalInt uid = ownUsers ? uids.claim() : OptionalInt.empty();
            return new LinuxSandbox(bubblewrap, uid, MAX_PROCESSES,
                    uid.isPresent() ? SlotCgroups.of(uid.getAsInt(), MAX_PROCESSES) : Optional.empty(), landlock);
        });
    }

    /** Whether student JVMs run inside bubblewrap. */
    public boolean bubblewrap() {
        return bubblewrap;
    }

    /** Whether each slot runs as a user id of its own, with a cap on its processes. */
    public boolean ownUsers() {
        return ownUsers;
    }

    /** Whether, without bubblewrap, Landlock confines the files student code may open. */
    public boolean landlock() {
        return landlock.isPresent();
    }

    /** Why the mode is weaker than the strongest, or empty. */
    public String reason() {
        return reason;
    }

    private boolean works(Path java) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sandbox-trial-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
            Path work = Files.createDirectories(dir.resolve("work"));
            Sandbox sandbox = forSlot(0);
            sandbox.prepare(work);
            Path home = java.toAbsolutePath().getParent().getParent();
            List<String> command = sandbox.wrap(List.of(java.toString(), "-version"), work, List.of(home));
            Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean ended = p.waitFor(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                p.destroyForcibly();
            }
            sandbox.finish(work);
            return ended && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
    }

    private static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .anyMatch(l -> l.startsWith("Uid:") && l.substring(4).trim().startsWith("0"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a left-over trial folder in the temp folder is harmless
        }
    }
}
