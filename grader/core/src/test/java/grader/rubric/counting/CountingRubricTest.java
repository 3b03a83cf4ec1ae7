package grader.rubric.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.rubric.Fixtures;
import grader.rubric.Fixtures.Call;
import grader.rubric.Parameters;
import grader.rubric.RubricFailure;
import grader.rubric.TaskEvidence;
import grader.text.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountingRubricTest {

    private final CountingRubric rubric = new CountingRubric();
    private final Parameters parameters = Parameters.fromSeed(1);
    private final long delay = CountingPlan.DELAY.toMillis();

    /** Every thread counts 1..10 starting at {@code offsets[t]} ms, {@code gap} ms apart; returns at the end. */
    private TaskEvidence run(double gap, double... offsets) {
        double end = 0;
        Call call = new Call("DelayedCounting.run", 0);
        for (int i = 1; i <= 10; i++) {
            for (int t = 0; t < offsets.length; t++) {
                double at = offsets[t] + (i - 1) * gap;
                call.line(t + 2, at, "counter-" + t + ": " + i);
                end = Math.max(end, at);
            }
        }
        Call returned = new Call("DelayedCounting.run", (long) end + 1);
        call.build().lines().forEach(l -> returned.line(l.threadId(), l.atNanos() / 1e6, l.text()));
        return Fixtures.evidence(2, parameters, Map.of(CountingPlan.RUN, returned.build()));
    }

    /** «в 3 потоках», «печатали 2 потока», «печатал 1 поток»: the counts take their Russian forms. */
    @Test
    void tooFewThreadsAreCountedInRussianPluralForms() {
        int threads = CountingPlan.threads(parameters);
        assertThatThrownBy(() -> rubric.rightNumberOfThreads(run(delay, 1)))
                .isInstanceOfSatisfying(RubricFailure.class, f -> assertThat(f.feedback().in(Language.RU))
                        .startsWith("DelayedCounting.run должен считать в " + threads + " потоках, а печатал 1 поток.")
                        .contains("печатали: Thread-2"));
        assertThatThrownBy(() -> rubric.rightNumberOfThreads(run(delay, 1, 2)))
                .hasMessageStartingWith("DelayedCounting.run should count in " + threads + " threads, but 2 thread(s) "
                        + "printed.")
                .isInstanceOfSatisfying(RubricFailure.class, f -> assertThat(f.feedback().in(Language.RU))
                        .contains(", а печатали 2 потока."));
    }

    @Test
    void countersAtTheSameTimeWithTheDelayPassEveryCheck() {
        TaskEvidence e = run(delay, 1, 2, 3, 4, 5, 6);
        assertThatCode(() -> {
            rubric.eachCountsOneToTen(e);
            rubric.delayBetweenNumbers(e);
            rubric.countersRunTogether(e);
            rubric.finishedBeforeReturn(e);
        }).doesNotThrowAnyException();
    }

    @Test
    void aLineALittleEarlyIsWithinTheClockTolerance() {
        assertThatCode(() -> rubric.delayBetweenNumbers(run(delay - 5, 1))).doesNotThrowAnyException();
    }

    @Test
    void linesTooCloseTogetherAreReportedWithTheirSpacing() {
        assertThatThrownBy(() -> rubric.delayBetweenNumbers(run(delay / 2.0, 1)))
                .hasMessageContaining("only " + delay / 2 + " ms after").hasMessageContaining("the delay is");
    }

    /** A loaded machine gave t4-fewer-jvms's correct counters their first number only after 870 ms. */
    @Test
    void countersThatStartLateButCountTogetherPass() {
        assertThatCode(() -> rubric.countersRunTogether(run(delay, 870, 871, 872))).doesNotThrowAnyException();
    }

    @Test
    void countersOneAfterAnotherTakeTooLong() {
        double oneRun = 9 * delay + 1;
        assertThatThrownBy(() -> rubric.countersRunTogether(run(delay, 0, oneRun, 2 * oneRun)))
                .hasMessageContaining("start all the threads first");
    }
}
