package grader.probe.calls.spinner;

import java.util.concurrent.Callable;

/**
 * The work the grader hands to {@code withSpinner}: it sleeps a few frame intervals, records which thread ran it and
 * when, and returns a fresh object of its own (so that only the work's own result is the right one) or throws
 * {@link WorkFailedException}.
 */
final class GraderWork implements Callable<Object> {

    /** The work's result: a class of the grader's, compared by identity. */
    static final class Result {
        @Override
        public String toString() {
            return "the grader's work result";
        }
    }

    private final long millis;
    private final boolean fails;
    private final Result result = new Result();
    private int calls;
    private long threadId = -1;
    private String threadName = "";
    private long startedAt = -1;
    private long endedAt = -1;

    GraderWork(long millis, boolean fails) {
        this.millis = millis;
        this.fails = fails;
    }

    @Override
    public Object call() throws Exception {
        synchronized (this) {
            if (calls++ == 0) {
                threadId = Thread.currentThread().getId();
                threadName = Thread.currentThread().getName();
                startedAt = System.nanoTime();
            }
        }
        try {
            Thread.sleep(millis);
        } finally {
            synchronized (this) {
                endedAt = System.nanoTime();
            }
        }
        if (fails) {
            throw new WorkFailedException();
        }
        return result;
    }

    Result result() {
        return result;
    }

    /** Its run so far, in nanoseconds since {@code startNanos}. */
    synchronized WorkRun run(long startNanos) {
        return new WorkRun(calls, threadId, threadName, startedAt < 0 ? -1 : startedAt - startNanos,
                endedAt < 0 ? -1 : endedAt - startNanos);
    }
}
