package grader.engine;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Keeps the timed calls of one submission apart from the CPU-heavy work of the others graded at the same time.
 *
 * <p>A timed check measures how long the student's code takes; compiling and task 4's burst of child JVMs keep
 * both cores busy, and so does another submission's timed phase (it starts four JVMs at once, and a hostile call
 * may spin). Submissions graded in parallel share one gate: a {@link Phase#TIMED} phase runs alone, waiting until
 * no other phase runs, and busy phases wait while a timed phase runs or waits; busy phases may run together. A
 * gate used by one grader alone never waits. {@link #ofThisMachine()} extends that to the graders of other
 * processes through a {@link MachineLock}: a test run beside a batch had a correct future judged late.
 *
 * <pre>{@code
 * try (PhaseGate.Pass pass = gate.enter(PhaseGate.Phase.TIMED)) {
 *     // run the timed calls
 * }
 * }</pre>
 */
public final class PhaseGate {

    /** What a grader is about to do. */
    public enum Phase {
        /** Compiling, and calls whose checks do not measure time but use the CPU hard. */
        BUSY,
        /** Calls whose checks measure time. */
        TIMED
    }

    /** Leaving the phase: closing it lets waiting graders in; closing it again does nothing. */
    public interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * The file through which the graders of one machine keep their phases apart; see {@link #ofThisMachine()}. On
     * Windows, which has no {@code /tmp}, the user's temporary folder.
     */
    static final Path MACHINE_FILE = Path.of(java.io.File.separatorChar == '/' ? "/tmp"
            : System.getProperty("java.io.tmpdir"), "concurrency-grader-phases.lock");
    /** How long a phase waits for other graders' phases at most; a timed phase with all its re-runs takes ~30 s. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final MachineLock machine;
    private int busy;
    private int timed;
    private int timedWaiting;
    /** A thread is taking the machine lock for this JVM's first busy phase: the others wait for it. */
    private boolean sharing;

    /** A gate for the graders of this JVM only. */
    public PhaseGate() {
        this(MachineLock.NONE);
    }

    PhaseGate(MachineLock machine) {
        this.machine = machine;
    }

    /**
     * The gate of this JVM, which also keeps its phases apart from other graders' on this machine (two batches, a
     * batch beside a test run): one per process, as the lock it holds on {@link #MACHINE_FILE} is the process's.
     */
    public static PhaseGate ofThisMachine() {
        return MachineGate.GATE;
    }

    /** Created on first use: a JVM that never grades never opens the file. */
    private static final class MachineGate {
        static final PhaseGate GATE = new PhaseGate(MachineLock.open(MACHINE_FILE, PATIENCE));
    }

    public Pass enter(Phase phase) throws InterruptedException {
        if (phase == Phase.TIMED) {
            synchronized (this) {
                timedWaiting++;
                try {
                    while (busy > 0 || timed > 0 || sharing) {
                        wait();
                    }
                } finally {
                    timedWaiting--;
                }
                timed++;
            }
            try {
                machine.acquire(true);   // no one else of this JVM can be in now: timed > 0 keeps them out
            } catch (InterruptedException e) {
                leave(phase);
                throw e;
            }
        } else {
            boolean first;
            synchronized (this) {
                while (timed > 0 || timedWaiting > 0 || sharing) {
                    wait();
                }
                first = busy == 0;
                if (first) {
                    sharing = true;
                } else {
                    busy++;   // the machine lock is held already, by the first
                }
            }
            if (first) {
                boolean in = false;
                try {
                    machine.acquire(false);
                    in = true;
                } finally {
                    synchronized (this) {
                        sharing = false;
                        if (in) {
                            busy++;
                        }
                        notifyAll();
                    }
                }
            }
        }
        var left = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (left.compareAndSet(false, true)) {
                leave(phase);
            }
        };
    }

    private synchronized void leave(Phase phase) {
        if (phase == Phase.TIMED) {
            timed--;
            machine.release();
        } else {
            busy--;
            if (busy == 0) {
                machine.release();
            }
        }
        notifyAll();
    }
}
