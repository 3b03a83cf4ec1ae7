package grader.probe.calls.async;

import grader.probe.evidence.ReturnedValue;
import grader.probe.evidence.Thrown;
import java.util.ArrayList;
import java.util.List;

/**
 * Task 3: what became of the returned future.
 *
 * @param doneAtReturn whether the future was already complete when the call returned: feedback only, never a
 *     verdict, since a pool thread may simply have finished the work before the caller returned
 * @param activeNanos how long the call took, not counting time its thread was ready to run but had no CPU:
 *     the thread's CPU time plus the time it was blocked or waiting (sleep, join, get), so that a loaded machine
 *     does not make a call look slow ({@code -1} if unknown)
 * @param completion how the future ended, if it did within the time limit
 * @param values the list it completed with (null unless {@link Completion#COMPLETED})
 * @param completedAtNanos when it completed, in nanoseconds since the call started ({@code -1} if it did not)
 * @param threadsStarted how many platform threads the JVM started from the call until completion
 * @param failure the exception it completed with, if any
 */
public record ReturnedFuture(boolean doneAtReturn, long activeNanos, Completion completion, List<Long> values, long completedAtNanos, long threadsStarted,
        Thrown failure) implements ReturnedValue {
    public ReturnedFuture {
        values = values == null ? null : new ArrayList<>(values);
    }

    /** How a future ended. */
    public enum Completion { COMPLETED, COMPLETED_EXCEPTIONALLY, NOT_COMPLETED, NULL_FUTURE }
}
