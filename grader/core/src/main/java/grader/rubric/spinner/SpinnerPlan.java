package grader.rubric.spinner;

import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import grader.rubric.TaskPlan;
import java.time.Duration;
import java.util.List;

/**
 * Task 5's calls: {@code withSpinner} with the grader's work that returns after 6 intervals, and with one that
 * throws after 4. Both are timed calls (a canary watches the machine); only the first one's rows measure time.
 */
public final class SpinnerPlan implements TaskPlan {

    public static final String RETURNS = "withSpinner(work)";
    public static final String THROWS = "withSpinner(failing work)";

    /**
     * Lateness beyond which the call is made again. The timed bounds already grow by the lateness measured, so this
     * only keeps a verdict from resting on a call during which the machine stalled threads for more than half of
     * the shortest frame interval; the canary saw up to 40 ms with five builds sharing the two cores.
     */
    static final Duration TOLERATED_LATENESS = Duration.ofMillis(30);

    @Override
    public List<PlannedCall> calls(Parameters p) {
        SpinnerTimes times = SpinnerTimes.of(p);
        long interval = times.interval().toMillis();
        String grace = "graceMs=" + p.grace().toMillis();
        return List.of(
                new ProbeCall(RETURNS, "Spinner.withSpinner(work, " + interval + " ms)",
                        List.of("call=spinner", "intervalMs=" + interval, "workMs=" + times.work().toMillis(),
                                "fails=0", "canary=1", grace), times.limit(), null, TOLERATED_LATENESS),
                new ProbeCall(THROWS, "Spinner.withSpinner(failingWork, " + interval + " ms)",
                        List.of("call=spinner", "intervalMs=" + interval, "workMs=" + times.failingWork().toMillis(),
                                "fails=1", grace), times.limit(), null, null));
    }
}
