package grader.rubric;

import grader.probe.calls.async.ReturnedFuture;
import grader.probe.calls.factorial.ReturnedFactorials;
import grader.probe.calls.squares.ReturnedSquares;
import static org.assertj.core.api.Assertions.assertThat;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Outcome;
import grader.probe.evidence.ProcessObservation;
import grader.probe.calls.async.ReturnedFuture.Completion;
import grader.report.GradeReport;
import grader.report.TaskResult;
import grader.report.TaskStatus;
import grader.report.TextReport;
import grader.rubric.Fixtures.Call;
import grader.rubric.async.AsyncPlan;
import grader.rubric.counting.CountingPlan;
import grader.rubric.factorial.FactorialPlan;
import grader.rubric.squares.SquaresPlan;
import grader.testsupport.EnglishPhrases;
import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission that loses points on every task, graded once through the rubric's launcher on hand-made evidence
 * (no JVMs), then shown in Russian: no sentence of the English catalog's rubric is left in it, and the counts take
 * their Russian forms.
 */
class RussianReportTest {

    private static final Parameters PARAMETERS = Parameters.fromSeed(1);

    private static GradeReport report;
    private static String russian;
    private static String english;

    @BeforeAll
    static void gradeOnce(@TempDir Path evidence) throws IOException {
        RubricLauncher launcher = new RubricLauncher();
        List<TaskResult> tasks = new ArrayList<>();
        for (TaskEvidence e : List.of(squares(), counting(), async(), factorials())) {
            EvidenceStore.write(evidence, e);
            Assignment task = Assignments.installed().byNumber(e.assignment()).orElseThrow();
            tasks.add(new TaskResult(task.number(), task.title(), TaskStatus.GRADED,
                    launcher.judge(task, evidence), List.of(), false));
        }
        report = new GradeReport("ivan", 1L, Localized.verbatim("none"), tasks, List.of(), 1.0);
        russian = text(Language.RU);
        english = text(Language.EN);
    }

    @Test
    void everyTaskLostPointsWithFeedbackFromTheRubric() {
        assertThat(report.tasks()).allSatisfy(t -> assertThat(t.score()).isLessThan(t.maxScore()));
        assertThat(english).doesNotContain("could not judge").contains("Hint: ");
        assertThat(russian).doesNotContain("Автопроверка не смогла оценить");
    }

    @Test
    void theRussianReportHoldsNoEnglishSentenceOfTheRubric() throws IOException {
        List<String> phrases = EnglishPhrases.ofTheRubric();
        assertThat(phrases).hasSizeGreaterThan(100);
        for (String phrase : phrases) {
            assertThat(russian).as("English left in the Russian report").doesNotContain(phrase);
        }
        assertThat(russian).doesNotContain("Hint:").contains("Подсказка: ")
                .contains("Квадраты и кубы").contains("поток квадратов и поток кубов работали одновременно");
    }

    @Test
    void countsAndTimesTakeTheirRussianForms() {
        assertThat(russian).contains("21 строка напечатана после того, как DelayedCounting.run вернул результат")
                .contains("`counter-0: 10` (поток Thread-2, в 900 мс)").contains("... и ещё 18")
                .contains("29,0 задержки при " + CountingPlan.threads(PARAMETERS) + " потоках")
                .contains("запущено 10\u00a0000 новых платформенных потоков")
                .contains("в нём 9 элементов, а должно быть 10");
    }

    private static String text(Language language) {
        StringWriter out = new StringWriter();
        TextReport.print(report, Catalog.of(language), new PrintWriter(out));
        return out.toString();
    }

    /** Task 1: the cube thread starts after the square thread, and the lists are one short. */
    private static TaskEvidence squares() {
        Call ten = new Call("SquaresAndCubes.compute(10)", 100);
        for (int i = 1; i <= 10; i++) {
            ten.line(2, i * 0.5, i + "^2 = " + i * i);
        }
        for (int i = 1; i <= 10; i++) {
            ten.line(3, 10 + i * 0.5, i + "^3 = " + i * i * i);
        }
        List<Long> nine = LongStreams.upTo(9, i -> i * i);
        ten.returned(new ReturnedSquares(nine, LongStreams.upTo(9, i -> i * i * i)));
        Call other = new Call("SquaresAndCubes.compute(" + SquaresPlan.randomN(PARAMETERS) + ")", 10).line(2, 1, "1^2 = 1")
                .line(3, 2, "1^3 = 1");
        return Fixtures.evidence(1, PARAMETERS, Map.of(SquaresPlan.TEN, ten.build(), SquaresPlan.RANDOM,
                other.build()));
    }

    /** Task 2: three counters one after another, and the call returns after the first nine lines. */
    private static TaskEvidence counting() {
        long delay = CountingPlan.DELAY.toMillis();
        Call run = new Call("DelayedCounting.run", 8 * delay + 1);
        for (int t = 0; t < 3; t++) {
            for (int i = 1; i <= 10; i++) {
                run.line(t + 2, (t * 10 + i - 1) * delay, "counter-" + t + ": " + i);
            }
        }
        return Fixtures.evidence(2, PARAMETERS, Map.of(CountingPlan.RUN, run.build()));
    }

    /** Task 3: a call that waits for its sorted squares, an empty list never completed, threads per item. */
    private static TaskEvidence async() {
        long delay = AsyncPlan.DELAY.toNanos();
        List<Long> sorted = AsyncPlan.TEN_NUMBERS.stream().map(x -> (long) x * x).sorted().toList();
        var ten = new Call("AsyncSquares.squares(ten)", 300).returned(new ReturnedFuture(false, 290_000_000,
                Completion.COMPLETED, sorted, delay + 5_000_000, 4, null));
        var empty = new Call("AsyncSquares.squares([])", 1).returned(new ReturnedFuture(false, 1_000_000,
                Completion.NOT_COMPLETED, null, -1, 0, null));
        var many = new Call("AsyncSquares.squares(10,000)", 5).returned(new ReturnedFuture(false, 1_000_000,
                Completion.COMPLETED, List.of(), delay * 2, 10_000, null));
        return Fixtures.evidence(3, PARAMETERS, Map.of(AsyncPlan.TEN, ten.build(), AsyncPlan.EMPTY,
                empty.build(), AsyncPlan.MANY, many.build()));
    }

    /** Task 4: a wrong map computed without children, a failing child unnoticed, a worker that uses long. */
    private static TaskEvidence factorials() {
        Map<Integer, BigInteger> wrong = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 10).forEach(n -> wrong.put(n, BigInteger.valueOf(n)));
        var none = new ProcessObservation(List.of(), List.of(), 12);
        Map<String, CallEvidence> calls = new LinkedHashMap<>();
        for (String key : List.of(FactorialPlan.TEN, FactorialPlan.RANDOM, FactorialPlan.FAILING)) {
            calls.put(key, new CallEvidence("ProcessFactorials.compute(" + key + ")", Outcome.RETURNED, 5_000_000,
                    null, Fixtures.CALLER, List.of(), List.of(), List.of(), new ReturnedFactorials(wrong, 0),
                    none, "", "", -1));
        }
        Map<String, ProgramRun> programs = Map.of(
                FactorialPlan.WORKER_25, new ProgramRun(0, false, "25! = 7034535277573963776\n", "", 40, null),
                FactorialPlan.WORKER_ABC, new ProgramRun(0, false, "", "", 40, null));
        return new TaskEvidence(4, PARAMETERS, calls, programs);
    }

    /** Lists of longs for the returned values. */
    private static final class LongStreams {
        static List<Long> upTo(int n, java.util.function.LongUnaryOperator f) {
            return java.util.stream.LongStream.rangeClosed(1, n).map(f).boxed().toList();
        }
    }
}
