package grader.probe.evidence;

import java.io.Serializable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a call returned, copied into plain JDK types (the grader cannot load the student's classes). */
public interface ReturnedValue extends Serializable {

    /** Task 1: the two lists of {@code SquaresAndCubes.Result}; a list may be null, an item may be null. */
    record Squares(List<Long> squares, List<Long> cubes) implements ReturnedValue {
        public Squares {
            squares = squares == null ? null : new ArrayList<>(squares);
            cubes = cubes == null ? null : new ArrayList<>(cubes);
        }
    }

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
    record Async(boolean doneAtReturn, long activeNanos, Completion completion, List<Long> values, long completedAtNanos, long threadsStarted,
            Thrown failure) implements ReturnedValue {
        public Async {
            values = values == null ? null : new ArrayList<>(values);
        }
    }

    /** How a future ended. */
    enum Completion { COMPLETED, COMPLETED_EXCEPTIONALLY, NOT_COMPLETED, NULL_FUTURE }

    /** Task 4: the map {@code compute} returned (null keys or values are dropped and counted in {@code nulls}). */
    record Factorials(Map<Integer, BigInteger> factorials, int nulls) implements ReturnedValue {
        public Factorials {
            factorials = new TreeMap<>(factorials);
        }
    }
}
