package grader.rubric.factorial;

import static org.assertj.core.api.Assertions.assertThat;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.ChildProcess;
import grader.probe.evidence.Outcome;
import grader.probe.evidence.ProcessObservation;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FactorialPlanTest {

    @Test
    void compute10IsRecheckedWithFlightRecorderOnlyWhenThePollMayHaveMissedAChild() {
        var ten = (PlannedCall.ProbeCall) new FactorialPlan().calls(Parameters.fromSeed(1)).get(0);
        assertThat(ten.key()).isEqualTo(FactorialPlan.TEN);
        assertThat(ten.options().recordProcessStarts()).isFalse();
        assertThat(ten.recheck().more().apply(ten.options())).isEqualTo(ten.options().recordingProcessStarts());

        assertThat(ten.recheck().doubtful().test(call(Outcome.RETURNED, 1, 10))).as("all ten seen").isFalse();
        assertThat(ten.recheck().doubtful().test(call(Outcome.RETURNED, 2, 10))).as("one missed").isTrue();
        assertThat(ten.recheck().doubtful().test(call(Outcome.RETURNED, 1, 0))).as("none seen").isTrue();
        assertThat(ten.recheck().doubtful().test(call(Outcome.TIMED_OUT, 2, 10))).as("it did not return").isFalse();
    }

    /** A compute(10) whose poll saw workers for {@code from..to}. */
    private static CallEvidence call(Outcome outcome, int from, int to) {
        List<ChildProcess> workers = IntStream.rangeClosed(from, to).mapToObj(n -> new ChildProcess(100 + n,
                List.of("-cp", "classes", FactorialRubric.WORKER, String.valueOf(n)), 0, 1, false)).toList();
        return new CallEvidence("compute(10)", outcome, 1, null, 1, List.of(), List.of(), List.of(), null,
                new ProcessObservation(workers, List.of(), 10), "", "", -1);
    }
}
