package grader.rubric.factorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.rubric.CapBreach;
import grader.rubric.ProgramRun;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Outcome;
import grader.rubric.Feedback;
import grader.rubric.Parameters;
import grader.rubric.TaskEvidence;
import grader.rubric.UnreportedCall;
import grader.text.Catalog;
import grader.text.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A call or a run that went past a cap of its sandbox fails with one sentence that names the cap. */
class CapFeedbackTest {

    private static final CapBreach FULL = new CapBreach(CapBreach.Cap.FILE_BYTES, 64L << 20, 64L << 20);

    @Test
    void aCallOverACapGetsTheCapsSentenceOnceAndAHint() {
        String call = "SquaresAndCubes.compute(10)";
        String text = Feedback.callFailed(unreported(call, Outcome.OVER_CAP,
                new UnreportedCall(UnreportedCall.Reason.OVER_CAP, 0, "", FULL))).getMessage();
        assertThat(text).startsWith(call + " wrote more than 64 MiB of files");
        assertThat(text.split("wrote more than", -1)).as("the sentence once").hasSize(2);
        assertThat(text).contains("Hint: " + Catalog.of(Language.EN).text(CapBreach.hint()));
    }

    @Test
    void aJvmThatEndedEarlyIsToldInTheReadersLanguage() {
        String call = "DelayedCounting.run(3, 100 ms)";
        var failure = (grader.rubric.RubricFailure) Feedback.callFailed(unreported(call, Outcome.JVM_ENDED,
                new UnreportedCall(UnreportedCall.Reason.ENDED, 3, "boom", null)));
        assertThat(failure.feedback().in(Language.EN))
                .contains("the JVM ended with exit status 3 before the call returned")
                .contains("its standard error ends with: boom");
        assertThat(failure.feedback().in(Language.RU))
                .contains("JVM завершилась с кодом 3 раньше, чем вызов вернул результат")
                .contains("заканчивается так: boom").doesNotContain("exit status");
    }

    private static CallEvidence unreported(String call, Outcome outcome, UnreportedCall why) {
        return new CallEvidence(call, outcome, -1, null, -1, java.util.List.of(), java.util.List.of(),
                java.util.List.of(), why, null, "", "", -1);
    }

    @Test
    void aWorkerRunOverACapFailsItsRowThoughItPrintedTheRightLine() {
        var rubric = new FactorialRubric();
        assertThatCode(() -> rubric.workerOnItsOwn(workerRuns(null))).doesNotThrowAnyException();
        assertThatThrownBy(() -> rubric.workerOnItsOwn(workerRuns(FULL)))
                .hasMessageStartingWith("`java homework.factorial.FactorialWorker 25` wrote more than 64 MiB of files");
    }

    /** A right worker for 25 and for abc; the run for 25 went past {@code breach} (null: none). */
    private static TaskEvidence workerRuns(CapBreach breach) {
        Map<String, ProgramRun> programs = new LinkedHashMap<>();
        programs.put(FactorialPlan.WORKER_25, new ProgramRun(0, false, "25! = 15511210043330985984000000\n", "",
                100, breach));
        programs.put(FactorialPlan.WORKER_ABC, new ProgramRun(1, false, "", "not a number: abc", 100, null));
        return new TaskEvidence(4, Parameters.fromSeed(1), Map.of(), programs);
    }
}
