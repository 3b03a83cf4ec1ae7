package grader.rubric.spinner;

import grader.probe.calls.CallOptions;
import grader.probe.calls.spinner.SpinnerArguments;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import java.time.Duration;
import java.util.List;

/**
 * Task 5's calls: {@code withSpinner} with the grader's work that returns after 6 intervals, and with one that
 * throws after 4. Only the first one's rows (5.2, 5.4) measure time, so only it is a timed call: it runs apart from
 * the busy phase, with a canary, and is made again while the machine disturbs it.
 */
public final class SpinnerPlan {

    public static final String RETURNS = "withSpinner(work)";
    public static final String THROWS = "withSpinner(failing work)";

    /**
     * Lateness beyond which the call is made again. The timed bounds already grow by the lateness measured, so this
     * only keeps a verdict from resting on a call during which the machine stalled threads for more than half of
     * the shortest frame interval; the canary saw up to 40 ms with five builds sharing the two cores.
     */
    static final Duration TOLERATED_LATENESS = Duration.ofMillis(30);

    public List<PlannedCall> calls(Parameters p) {
        SpinnerTimes times = SpinnerTimes.of(p);
        CallOptions options = CallOptions.DEFAULT.withGrace(p.grace());
        long interval = times.interval().toMillis();
        return List.of(
                new ProbeCall(RETURNS, "Spinner.withSpinner(work, " + interval + " ms)",
                        new SpinnerArguments(times.interval(), times.work(), false), options, times.limit(), null,
                        TOLERATED_LATENESS),
                new ProbeCall(THROWS, "Spinner.withSpinner(failingWork, " + interval + " ms)",
                        new SpinnerArguments(times.interval(), times.failingWork(), true), options, times.limit()));
    }
}
