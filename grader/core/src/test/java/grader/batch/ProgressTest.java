package grader.batch;

import static grader.text.Localized.verbatim;
import static org.assertj.core.api.Assertions.assertThat;

import grader.report.CheckResult;
import grader.report.GradeReport;
import grader.report.TaskResult;
import grader.report.TaskStatus;
import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines a person reads while a batch runs, in both languages (given, never the machine's). */
class ProgressTest {

    private static final Catalog EN = Catalog.of(Language.EN);
    private static final Catalog RU = Catalog.of(Language.RU);

    private final StringWriter out = new StringWriter();

    private static GradeReport report(String submission, TaskStatus status, boolean timedOut) {
        return new GradeReport(submission, 7L, Localized.verbatim("none"), List.of(new TaskResult(1, verbatim("Squares and cubes"), status,
                List.of(new CheckResult("1.1", verbatim("squares"), 19, 25, false, verbatim(""))), List.of(), timedOut)), List.of(), 4.44);
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void logLinesInEnglishAreTheOnesCiLogsHad() {
        var progress = new LogProgress(new PrintWriter(out), EN);
        progress.started(3, 1);
        progress.gradingFinished(report("alice", TaskStatus.GRADED, false), true);
        progress.gradingFinished(report("bob", TaskStatus.GRADED, true), false);
        progress.finished(12.345);

        assertThat(lines()).containsExactly(
                "Grading 3 submissions (1 unchanged since the last run)",
                "[1/3] alice: 19/25, graded (unchanged, not graded again)",
                "[2/3] bob: 19/25, timeout (4.4 s)",
                "Done in 12.3 s");
    }

    @Test
    void oneSubmissionIsOneInEnglishToo() {
        new LogProgress(new PrintWriter(out), EN).started(1, 0);
        assertThat(lines()).containsExactly("Grading 1 submission (0 unchanged since the last run)");
    }

    @Test
    void logLinesInRussianHaveTheRightPluralAndADecimalComma() {
        var progress = new LogProgress(new PrintWriter(out), RU);
        progress.started(5, 0);
        progress.gradingFinished(report("алиса", TaskStatus.COMPILE_ERROR, false), false);
        progress.gradingFinished(report("борис", TaskStatus.GRADED, false), true);
        progress.finished(12.345);

        assertThat(lines()).containsExactly(
                "Проверяются 5 решений (не изменились с прошлого запуска: 0)",
                "[1/5] алиса: 19/25, не компилируется (4,4 с)",
                "[2/5] борис: 19/25, проверено (не изменилось, повторно не проверялось)",
                "Готово за 12,3 с");
    }

    @Test
    void russianCountsAgreeWithTheirNoun() {
        for (int total : new int[] {1, 3, 21, 22, 11, 25, 1234}) {
            new LogProgress(new PrintWriter(out), RU).started(total, 0);
        }
        assertThat(lines()).extracting(l -> l.substring(0, l.indexOf(" ("))).containsExactly(
                "Проверяется 1 решение", "Проверяются 3 решения", "Проверяется 21 решение", "Проверяются 22 решения",
                "Проверяются 11 решений", "Проверяются 25 решений", "Проверяются 1\u00a0234 решения");
    }

    @Test
    void theTerminalLineSaysWhoIsBeingGradedAndHowLongIsLeft() {
        var progress = new TerminalProgress(new PrintWriter(out), EN);
        progress.started(3, 0);
        progress.gradingStarted("bob");
        progress.gradingStarted("alice");
        assertThat(progress.line(41)).isEqualTo("[........................] 0/3  elapsed 0:41  grading alice, bob");

        progress.gradingFinished(report("alice", TaskStatus.GRADED, false), false);
        assertThat(progress.line(41))
                .isEqualTo("[########................] 1/3  elapsed 0:41  left ~1:22  grading bob");
    }

    @Test
    void theTerminalLineInRussian() {
        var progress = new TerminalProgress(new PrintWriter(out), RU);
        progress.started(3, 0);
        progress.gradingStarted("борис");
        progress.gradingFinished(report("алиса", TaskStatus.GRADED, false), true);

        assertThat(progress.line(41))
                .isEqualTo("[########................] 1/3  прошло 0:41  осталось ~1:22  на проверке: борис");
    }

    @Test
    void theTerminalsLastLineClearsTheBarAndCountsInRussian() {
        var progress = new TerminalProgress(new PrintWriter(out), RU);
        progress.started(3, 0);
        progress.finished(100);

        assertThat(out.toString()).endsWith("\r\033[KПроверено 3 решения за 1:40" + System.lineSeparator());

        out.getBuffer().setLength(0);
        var one = new TerminalProgress(new PrintWriter(out), RU);
        one.started(1, 0);
        one.finished(5);
        assertThat(out.toString()).endsWith("Проверено 1 решение за 0:05" + System.lineSeparator());
    }
}
