package grader.rubric.factorial;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.ChildProcess;
import grader.probe.evidence.Outcome;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import grader.rubric.PlannedCall.ProgramCall;
import grader.rubric.TaskPlan;
import java.time.Duration;
import java.util.List;

/**
 * Task 4's runs: {@code compute(10)} and {@code compute(max)} with their child processes watched, a
 * {@code compute(3)} whose child for 1 is made to fail, and the worker run on its own for 25 and for {@code abc}.
 */
public final class FactorialPlan implements TaskPlan {

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

    @Override
    public List<PlannedCall> calls(Parameters p) {
        String watch = "watchProcesses=1";
        String grace = "graceMs=" + p.grace().toMillis();
        return List.of(
                // compute(10) is the one rows 4.2 and 4.3 judge: a poll every 2 ms sees a correct solution's
                // children; should it miss one (a poller starved on a loaded machine), Flight Recorder, which
                // records every start as it happens but costs 0.4 s of the critical path, makes sure
                new ProbeCall(TEN, "ProcessFactorials.compute(10)", List.of("call=factorial", "max=10", watch, grace),
                        LIMIT, null, null, new PlannedCall.Recheck(List.of("recordProcessStarts=1"),
                                FactorialPlan::mayHaveMissedAChild)),
                new ProbeCall(RANDOM, "ProcessFactorials.compute(" + p.factorialMax() + ")",
                        List.of("call=factorial", "max=" + p.factorialMax(), watch, grace), LIMIT, null, null),
                new ProbeCall(FAILING, "ProcessFactorials.compute(" + FAILING_MAX + ")",
                        List.of("call=factorial", "max=" + FAILING_MAX, watch,
                                "graceMs=" + FAILING_GRACE.toMillis()), LIMIT,
                        FAILING_NUMBER + ":" + SIBLINGS_LINGER.toMillis(), null),
                new ProgramCall(WORKER_25, "homework.factorial.FactorialWorker", List.of("25"), Duration.ofSeconds(20)),
                new ProgramCall(WORKER_ABC, "homework.factorial.FactorialWorker", List.of("abc"),
                        Duration.ofSeconds(20)));
    }
}
