package grader.rubric.spinner;

import static org.assertj.core.api.Assertions.assertThat;

import grader.probe.calls.spinner.SpinnerArguments;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpinnerPlanTest {

    private final Parameters parameters = Parameters.fromSeed(42);
    private final SpinnerTimes times = SpinnerTimes.of(parameters);
    private final List<PlannedCall> calls = new SpinnerPlan().calls(parameters);

    @Test
    void theReturningWorkLastsSixIntervalsAndOnlyItsCallIsTimed() {
        ProbeCall returns = call(SpinnerPlan.RETURNS);
        assertThat(returns.arguments()).isEqualTo(new SpinnerArguments(times.interval(),
                times.interval().multipliedBy(6), false));
        assertThat(returns.measuresTime()).isTrue();
        assertThat(returns.toleratedLateness()).isEqualTo(Duration.ofMillis(30));
        assertThat(returns.options().graceMillis()).isEqualTo(parameters.grace().toMillis());
    }

    @Test
    void theFailingWorkLastsFourIntervalsAndIsNotTimed() {
        ProbeCall fails = call(SpinnerPlan.THROWS);
        assertThat(fails.arguments()).isEqualTo(new SpinnerArguments(times.interval(),
                times.interval().multipliedBy(4), true));
        assertThat(fails.measuresTime()).isFalse();
    }

    /** A correct call takes the work and at most one interval more: the limit is at least 20 times that. */
    @Test
    void eachLimitIsAtLeastTwentyTimesACorrectCall() {
        Duration correct = times.work().plus(times.interval());
        assertThat(calls).hasSize(2).allSatisfy(c ->
                assertThat(c.limit()).isGreaterThanOrEqualTo(correct.multipliedBy(20)));
    }

    private ProbeCall call(String key) {
        return calls.stream().filter(c -> c.key().equals(key)).map(ProbeCall.class::cast).findFirst().orElseThrow();
    }
}
