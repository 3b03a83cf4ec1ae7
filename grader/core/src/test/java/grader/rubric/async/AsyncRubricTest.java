package grader.rubric.async;

import grader.probe.calls.async.ReturnedFuture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.probe.calls.async.ReturnedFuture.Completion;
import grader.rubric.Fixtures;
import grader.rubric.Fixtures.Call;
import grader.rubric.Parameters;
import grader.rubric.RubricFailure;
import grader.rubric.TaskEvidence;
import grader.text.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsyncRubricTest {

    private final AsyncRubric rubric = new AsyncRubric();
    private final Parameters parameters = Parameters.fromSeed(1);
    private final long delayNanos = AsyncPlan.DELAY.toNanos();
    private final List<Long> right = AsyncPlan.TEN_NUMBERS.stream().map(x -> (long) x * x).toList();

    private TaskEvidence ten(long returnedAtMillis, boolean doneAtReturn, long activeMillis, List<Long> values) {
        var value = new ReturnedFuture(doneAtReturn, activeMillis * 1_000_000, Completion.COMPLETED, values,
                delayNanos + 5_000_000, 4, null);
        return Fixtures.evidence(3, parameters, Map.of(AsyncPlan.TEN,
                new Call("AsyncSquares.squares", returnedAtMillis).returned(value).build()));
    }

    @Test
    void aCallStarvedOfCpuOnALoadedMachineStillReturnsAtOnce() {
        // 300 ms of wall time, of which it ran or waited only 4 ms: the machine was busy, not the call.
        assertThatCode(() -> rubric.returnsAtOnce(ten(300, false, 4, right))).doesNotThrowAnyException();
    }

    @Test
    void aCallThatSleptIsSlowWhateverTheMachine() {
        assertThatThrownBy(() -> rubric.returnsAtOnce(ten(300, false, 290, right)))
                .hasMessageContaining("took 290 ms to return");
    }

    @Test
    void inRussianTheTimesHaveADecimalCommaAndTheHintIsRussian() {
        assertThatThrownBy(() -> rubric.returnsAtOnce(ten(300, false, 290, right)))
                .isInstanceOfSatisfying(RubricFailure.class, f -> assertThat(f.feedback().in(Language.RU))
                        .contains("вернул результат только через 290 мс")
                        .contains("Подсказка: не вызывайте sleep, join() или get() в squares()"));
    }

    /** supplyAsync with no delay: the pool thread may finish before the caller returns, which waited for nothing. */
    @Test
    void aFutureThatAPoolThreadCompletedBeforeTheReturnDoesNotMakeTheCallWait() {
        assertThatCode(() -> rubric.returnsAtOnce(ten(10, true, 2, right))).doesNotThrowAnyException();
    }

    @Test
    void aCallThatJoinedItsFutureIsSlowAndTheFeedbackSaysTheFutureWasComplete() {
        assertThatThrownBy(() -> rubric.returnsAtOnce(ten(1003, true, 1001, right)))
                .hasMessageContaining("took 1.00 s to return")
                .hasMessageContaining("already complete when it returned");
    }

    @Test
    void aSlowCallWhoseFutureWasNotYetCompleteDoesNotClaimItWas() {
        assertThatThrownBy(() -> rubric.returnsAtOnce(ten(300, false, 290, right)))
                .hasMessageNotContaining("already complete");
    }

    @Test
    void withoutItsOwnTimeTheCallIsJudgedOnWallTime() {
        assertThatThrownBy(() -> rubric.returnsAtOnce(ten(300, false, -1, right)))
                .hasMessageContaining("took 300 ms to return");
    }

    @Test
    void sortedResultsGetTheHintAboutOrder() {
        List<Long> sorted = right.stream().sorted().toList();
        assertThatThrownBy(() -> rubric.squaresRightInOrder(ten(1, false, 1, sorted)))
                .hasMessageContaining("keep the input order");
    }

    @Test
    void intOverflowGetsTheHintAboutLong() {
        List<Long> overflowed = right.stream().map(v -> (long) v.intValue()).toList();
        assertThatThrownBy(() -> rubric.squaresRightInOrder(ten(1, false, 1, overflowed)))
                .hasMessageContaining("(long) x * x");
    }

    @Test
    void aLateFutureMeasuredOnABusyMachineSaysSo() {
        assertThatThrownBy(() -> rubric.completesAfterOneDelay(lateFuture(400)))
                .hasMessageContaining("machine was busy").hasMessageContaining("grade again");
    }

    @Test
    void aLateFutureOnAQuietMachineIsJustLate() {
        assertThatThrownBy(() -> rubric.completesAfterOneDelay(lateFuture(2)))
                .hasMessageContaining("did not all overlap").hasMessageNotContaining("busy");
    }

    /** A 10-item future completed after two delays, while the canary saw threads wake this late. */
    private TaskEvidence lateFuture(long latenessMillis) {
        var value = new ReturnedFuture(false, 1_000_000, Completion.COMPLETED, right, delayNanos * 2, 4, null);
        return Fixtures.evidence(3, parameters, Map.of(AsyncPlan.TEN,
                new Call("AsyncSquares.squares", 1).returned(value).lateness(latenessMillis).build()));
    }
}
