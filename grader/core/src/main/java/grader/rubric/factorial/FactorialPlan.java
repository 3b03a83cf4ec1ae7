package grader.rubric.factorial;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.ChildProcess;
import grader.probe.evidence.Outcome;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import grader.rubric.PlannedCall.ProgramCall;
import grader.probe.calls.CallOptions;
import grader.probe.calls.factorial.FactorialArguments;
import java.time.Duration;
import java.util.List;

/**
 * Task 4's runs: {@code compute(10)} and {@code compute(max)} with their child processes watched, a
 * {@code compute(3)} whose child for 1 is made to fail, and the worker run on its own for 25 and for {@code abc}.
 */
public final class FactorialPlan {

    public static final String TEN = "compute(10)";
    public static final String RANDOM = "compute(random max)";
    public static final String FAILING = "compute(3) with a failing child";
    public static final String WORKER_25 = "FactorialWorker 25";
    public static final String WORKER_ABC = "FactorialWorker abc";

    /** The failure-injection call: the child for {@link #FAILING_NUMBER} exits 3, its siblings linger. */
    public static final int FAILING_MAX = 3;
    public static final int FAILING_NUMBER = 1;
    static final Duration SIBLINGS_LINGER = Duration.ofMillis(800);
    /** Shorter than the linger, so that siblings left behind by a hasty throw are still seen alive. */
    static final Duration FAILING_GRACE = Duration.ofMillis(400);

    /** Ten child JVMs start in well under a second; the limit is 30 s. */
    static final Duration LIMIT = Duration.ofSeconds(30);

    /**
     * Whether the poll of a compute(10) that returned may have missed a child: fewer than ten distinct
     * {@code FactorialWorker} children, one per number, were seen. A wrong solution is rechecked too, and still fails.
     */
    static boolean mayHaveMissedAChild(CallEvidence call) {
        if (call.outcome() != Outcome.RETURNED || call.processes() == null) {
            return false;
        }
        long numbers = call.processes().children().stream()
                .filter(c -> c.mainClass().equals(FactorialRubric.WORKER))
                .map(ChildProcess::programArguments).distinct().count();
        return numbers < 10;
    }

    /** The second call's max, from 2 to 20. */
    public static int randomMax(Parameters p) {
        return 2 + p.random(4).nextInt(19);
    }

    public List<PlannedCall> calls(Parameters p) {
        CallOptions watched = CallOptions.DEFAULT.watchingProcesses().withGrace(p.grace());
        int max = randomMax(p);
        return List.of(
                // compute(10) is the one rows 4.2 and 4.3 judge: a poll every 2 ms sees a correct solution's
                // children; should it miss one (a poller starved on a loaded machine), Flight Recorder, which
                // records every start as it happens but costs 0.4 s of the critical path, makes sure
                new ProbeCall(TEN, "ProcessFactorials.compute(10)", new FactorialArguments(10), watched, LIMIT, null,
                        null, new PlannedCall.Recheck(CallOptions::recordingProcessStarts,
                                FactorialPlan::mayHaveMissedAChild)),
                new ProbeCall(RANDOM, "ProcessFactorials.compute(" + max + ")", new FactorialArguments(max), watched,
                        LIMIT),
                new ProbeCall(FAILING, "ProcessFactorials.compute(" + FAILING_MAX + ")",
                        new FactorialArguments(FAILING_MAX), watched.withGrace(FAILING_GRACE), LIMIT,
                        FAILING_NUMBER + ":" + SIBLINGS_LINGER.toMillis(), null),
                new ProgramCall(WORKER_25, "homework.factorial.FactorialWorker", List.of("25"), Duration.ofSeconds(20)),
                new ProgramCall(WORKER_ABC, "homework.factorial.FactorialWorker", List.of("abc"),
                        Duration.ofSeconds(20)));
    }
}
