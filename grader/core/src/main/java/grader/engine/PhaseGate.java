package grader.engine;

/**
 * Keeps the timed calls of one submission apart from the CPU-heavy work of the others graded at the same time.
 *
 * <p>A timed check measures how long the student's code takes; compiling and task 4's burst of child JVMs keep
 * both cores busy, and so does another submission's timed phase (it starts four JVMs at once, and a hostile call
 * may spin). Submissions graded in parallel share one gate: a {@link Phase#TIMED} phase runs alone, waiting until
 * no other phase runs, and busy phases wait while a timed phase runs or waits; busy phases may run together. A
 * gate used by one grader alone never waits.
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

    private int busy;
    private int timed;
    private int timedWaiting;

    public Pass enter(Phase phase) throws InterruptedException {
        synchronized (this) {
            if (phase == Phase.TIMED) {
                timedWaiting++;
                try {
                    while (busy > 0 || timed > 0) {
                        wait();
                    }
                } finally {
                    timedWaiting--;
                }
                timed++;
            } else {
                while (timed > 0 || timedWaiting > 0) {
                    wait();
                }
                busy++;
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
        } else {
            busy--;
        }
        notifyAll();
    }
}
