package grader.rubric.counting;

import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import grader.rubric.TaskPlan;
import java.time.Duration;
import java.util.List;

/** Task 2's call: {@code run(threads, delay)} with 3 to 6 threads. */
public final class CountingPlan implements TaskPlan {

    public static final String RUN = "run";

    /**
     * Lateness that the timed checks absorb: ten wake-ups each this late stay far inside the 5 delays between a
     * correct run (10) and the bound (15); the spacing check allows a line to come early by the lateness measured.
     */
    static final Duration TOLERATED_LATENESS = Duration.ofMillis(50);

    @Override
    public List<PlannedCall> calls(Parameters p) {
        long delay = p.countingDelay().toMillis();
        // a correct run takes about 10 delays; the limit is 20 times that, plus start-up
        Duration limit = p.countingDelay().multipliedBy(200).plusSeconds(2);
        return List.of(new ProbeCall(RUN, "DelayedCounting.run(" + p.countingThreads() + ", " + delay + " ms)",
                List.of("call=counting", "threads=" + p.countingThreads(), "delayMs=" + delay,
                        "graceMs=" + p.grace().toMillis()), limit, null, TOLERATED_LATENESS));
    }
}
