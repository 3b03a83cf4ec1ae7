package grader.probe.capture;

import grader.probe.evidence.Witness;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Makes "these two threads ran at the same time" observable: a printer is held at its first line until a thread
 * printing the other kind of line shows up.
 *
 * <p>Left alone, two correct threads that print ten lines each rarely overlap: each is done in microseconds. Held
 * at its first line, a printer cannot finish, so a partner that prints meanwhile proves both were alive together,
 * and the lines interleave. A correct solution pays nothing: its partner comes at once.
 *
 * <p>A partner may be unable to print while the held thread owns the student's own lock (a {@code synchronized}
 * block or a {@code ReentrantLock} around the prints). So the hold also ends as soon as every other thread the
 * call started (and the caller) is stalled, blocked or waiting, so that no one can make progress. The threads
 * alive at that instant are written down as a {@link Witness}: the grader later checks that the partner thread was
 * among them. A time-out ends a hold that neither happened; only a wrong solution (one that starts the partner
 * after the first thread finished, while something keeps running) pays it.
 */
public final class PartnerRendezvous implements FirstLineHold {

    /**
     * How long everyone must look stalled before the hold ends: a partner that was just started may be a virtual
     * thread, which no thread listing shows, and it prints within this time unless it is really stuck.
     */
    static final long SETTLE_NANOS = 100_000_000;

    private final Recorder recorder;
    private final Thread caller;
    private final long firstStudentThreadId;
    private final Function<String, String> kindOf;
    private final long timeoutMillis;
    private final List<Witness> witnesses = new ArrayList<>();

    /**
     * @param caller the thread that calls the student's method (never held: no partner could come)
     * @param firstStudentThreadId threads with this id or higher were started by the call
     * @param kindOf the kind of a line ({@code "square"}, {@code "cube"}), or null for a line of no kind
     */
    public PartnerRendezvous(Recorder recorder, Thread caller, long firstStudentThreadId,
            Function<String, String> kindOf, long timeoutMillis) {
        this.recorder = recorder;
        this.caller = caller;
        this.firstStudentThreadId = firstStudentThreadId;
        this.kindOf = kindOf;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void atFirstLine(Thread self) {
        String kind = firstKind(self);
        if (self == caller || kind == null) {
            return;
        }
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        long stalledSince = 0;
        try {
            while (System.nanoTime() < deadline) {
                if (recorder.anotherPrinted(self.getId(), line -> isOtherKind(kind, line))) {
                    return;
                }
                List<Thread> others = others(self);
                if (others.stream().allMatch(PartnerRendezvous::stalled)) {
                    stalledSince = stalledSince == 0 ? System.nanoTime() : stalledSince;
                    if (System.nanoTime() - stalledSince > SETTLE_NANOS) {
                        witness(self, others, false);
                        return;
                    }
                } else {
                    stalledSince = 0;
                }
                recorder.awaitLine(2);
            }
            witness(self, others(self), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized List<Witness> witnesses() {
        return List.copyOf(witnesses);
    }

    private boolean isOtherKind(String kind, String line) {
        String other = kindOf.apply(line);
        return other != null && !other.equals(kind);
    }

    private String firstKind(Thread self) {
        return recorder.lines().stream().filter(l -> l.threadId() == self.getId()).findFirst()
                .map(l -> kindOf.apply(l.text())).orElse(null);
    }

    private synchronized void witness(Thread self, List<Thread> alive, boolean timedOut) {
        witnesses.add(new Witness(self.getId(), alive.stream().filter(Thread::isAlive).map(Thread::getId).toList(),
                timedOut));
    }

    /** The other live threads the call started, and the caller. */
    private List<Thread> others(Thread self) {
        List<Thread> others = new ArrayList<>();
        for (Thread t : Threads.live()) {
            if (t != self && (t == caller || t.getId() >= firstStudentThreadId)) {
                others.add(t);
            }
        }
        return others;
    }

    /** Whether a thread can make no progress by itself: blocked or waiting, but not sleeping. */
    private static boolean stalled(Thread t) {
        return switch (t.getState()) {
            case BLOCKED, WAITING, TERMINATED -> true;
            case TIMED_WAITING -> !sleeping(t);
            default -> false;
        };
    }

    private static boolean sleeping(Thread t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().equals("java.lang.Thread") && frame.getMethodName().startsWith("sleep")) {
                return true;
            }
        }
        return false;
    }
}
