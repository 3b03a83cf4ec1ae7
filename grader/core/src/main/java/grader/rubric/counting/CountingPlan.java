package grader.rubric.counting;

import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import grader.probe.calls.CallOptions;
import grader.probe.calls.counting.CountingArguments;
import java.time.Duration;
import java.util.List;

/** Task 2's call: {@code run(threads, delay)} with 3 to 6 threads. */
public final class CountingPlan {

    public static final String RUN = "run";

    /**
     * Lateness that the timed checks absorb: ten wake-ups each this late stay far inside the 5 delays between a
     * correct run (10) and the bound (15); the spacing check allows a line to come early by the lateness measured.
     */
    static final Duration TOLERATED_LATENESS = Duration.ofMillis(50);

    /** The delay between two numbers of a thread. */
    public static final Duration DELAY = Duration.ofMillis(100);

    /** How many threads the call asks for, from 3 to 6. */
    public static int threads(Parameters p) {
        return 3 + p.random(2).nextInt(4);
    }

    public List<PlannedCall> calls(Parameters p) {
        int threads = threads(p);
        // a correct run takes about 10 delays; the limit is 20 times that, plus start-up
        Duration limit = DELAY.multipliedBy(200).plusSeconds(2);
        return List.of(new ProbeCall(RUN, "DelayedCounting.run(" + threads + ", " + DELAY.toMillis() + " ms)",
                new CountingArguments(threads, DELAY), CallOptions.DEFAULT.withGrace(p.grace()), limit, null,
                TOLERATED_LATENESS));
    }
}
