package grader.probe.calls.spinner;

import java.io.Serializable;

/**
 * What the grader's work saw of its own run, in nanoseconds since the call started.
 *
 * @param calls how many times {@code call()} was called (1 in a correct solution)
 * @param threadId the thread that ran it first ({@code -1} if it never ran)
 * @param threadName that thread's name
 * @param startedAtNanos when its first run started ({@code -1} if it never ran)
 * @param endedAtNanos when its last run ended, returned or threw ({@code -1} if it never ended)
 */
public record WorkRun(int calls, long threadId, String threadName, long startedAtNanos, long endedAtNanos)
        implements Serializable {

    /** Whether it ran and ended, so that its times mean something. */
    public boolean ran() {
        return calls > 0 && endedAtNanos >= 0;
    }
}
