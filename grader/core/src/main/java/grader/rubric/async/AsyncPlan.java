package grader.rubric.async;

import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import grader.probe.calls.CallOptions;
import grader.probe.calls.async.AsyncArguments;
import java.time.Duration;
import java.util.List;

/**
 * Task 3's calls, each in its own JVM: ten chosen numbers, 10,000 numbers, and an empty list.
 *
 * <p>The ten numbers have negatives before positives (sorting would move them), zero, duplicates, and values
 * whose square overflows {@code int} (46341² > 2³¹, 65536² = 2³², 100000² = 10¹⁰).
 */
public final class AsyncPlan {

    public static final String TEN = "ten items";
    public static final String MANY = "10,000 items";
    public static final String EMPTY = "empty list";

    public static final List<Integer> TEN_NUMBERS = List.of(-46341, -7, -1, 0, 3, 3, 12, 46341, 65536, 100000);
    public static final int MANY_COUNT = 10_000;

    /**
     * Lateness that the timed checks absorb: the 10 items' three or four wake-ups, each this late, stay within the
     * half delay (500 ms) between a correct completion and the 1.5-delay bound.
     */
    static final Duration TOLERATED_LATENESS = Duration.ofMillis(100);

    /** The simulated delay of each item. */
    public static final Duration DELAY = Duration.ofMillis(1000);

    public List<PlannedCall> calls(Parameters p) {
        // a correct call completes after one delay; the limit is 20 of them
        Duration limit = DELAY.multipliedBy(20);
        String d = ", " + DELAY.toMillis() + " ms)";
        CallOptions options = CallOptions.DEFAULT;
        return List.of(
                new ProbeCall(TEN, "AsyncSquares.squares(" + TEN_NUMBERS + d, AsyncArguments.listed(TEN_NUMBERS, DELAY),
                        options, limit, null, TOLERATED_LATENESS),
                new ProbeCall(MANY, "AsyncSquares.squares([1, 2, ..., 10000]" + d,
                        AsyncArguments.oneTo(MANY_COUNT, DELAY), options, limit, null, TOLERATED_LATENESS),
                new ProbeCall(EMPTY, "AsyncSquares.squares([]" + d, AsyncArguments.listed(List.of(), DELAY),
                        options, limit, null, TOLERATED_LATENESS));
    }
}
