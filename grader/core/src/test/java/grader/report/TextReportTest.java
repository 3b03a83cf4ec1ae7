package grader.report;

import static grader.text.Localized.allVerbatim;
import static grader.text.Localized.verbatim;
import static org.assertj.core.api.Assertions.assertThat;

import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private static final CheckResult PASSED = new CheckResult("1.1", verbatim("returned squares are right"), 4, 4, false, verbatim(""));
    private static final CheckResult FAILED = new CheckResult("1.4", verbatim("the threads ran at the same time"), 0, 6, false,
            verbatim("Your cube thread only started after the square thread had finished.\nStart both, then join both."));

    private static final TaskResult GRADED = new TaskResult(1, verbatim("Squares and cubes"), TaskStatus.GRADED,
            List.of(PASSED, FAILED), List.of(), false);
    private static final TaskResult MISSING = new TaskResult(2, verbatim("Factorials"), TaskStatus.MISSING,
            List.of(new CheckResult("2.1", verbatim("factorials are right"), 0, 5, false, verbatim("Missing FactorialWorker.java"))),
            allVerbatim(List.of("Missing FactorialWorker.java (with its package declaration), so this task could not be graded.")), false);

    private static String print(GradeReport report) {
        var text = new StringWriter();
        TextReport.print(report, Catalog.of(Language.EN), new PrintWriter(text));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static final GradeReport REPORT = new GradeReport("alice", 987654321L, Localized.verbatim("a container"),
            List.of(GRADED, MISSING), allVerbatim(List.of("homework/A.java: read as Windows-1251.")), 3.25);

    @Test
    void inRussianTheTablesOwnWordsAreRussianAndTheSeedIsNotGrouped() {
        var text = new StringWriter();
        TextReport.print(REPORT, Catalog.of(Language.RU), new PrintWriter(text));
        List<String> lines = lines(text.toString());

        assertThat(lines.get(0)).isEqualTo("Проверка alice (seed 987654321; повторить этот запуск: --seed 987654321)");
        assertThat(lines).contains("Примечание: homework/A.java: read as Windows-1251.")
                .anyMatch(l -> l.startsWith("Задача 1  Squares and cubes ") && l.endsWith(" 4/10"))
                .anyMatch(l -> l.startsWith("Задача 2  Factorials  [нет файла] ") && l.endsWith(" 0/5"))
                .anyMatch(l -> l.startsWith("  ДА  1.1  returned squares are right "))
                .anyMatch(l -> l.startsWith("  НЕТ 1.4  the threads ran at the same time "))
                .anyMatch(l -> l.startsWith("Итого ") && l.endsWith(" 4/15"))
                .contains("Проверено за 3,3 с; код студента запускался так: a container");
    }

    @Test
    void headerNamesTheSubmissionTheSeedAndHowToReplayIt() {
        String first = lines(print(REPORT)).get(0);

        assertThat(first).contains("alice").contains("987654321").contains("--seed 987654321");
    }

    @Test
    void submissionNotesArePrinted() {
        assertThat(lines(print(REPORT))).contains("Note: homework/A.java: read as Windows-1251.");
    }

    @Test
    void eachTaskLineShowsItsTitleAndScore() {
        List<String> lines = lines(print(REPORT));

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Task 1  Squares and cubes").endsWith(" 4/10"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Task 2  Factorials  [missing]").endsWith(" 0/5"));
    }

    @Test
    void passedAndFailedChecksAreListedWithTheirScores() {
        List<String> lines = lines(print(REPORT));

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  PASS 1.1  returned squares are right")
                .endsWith(" 4/4"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  FAIL 1.4  the threads ran at the same time")
                .endsWith(" 0/6"));
    }

    @Test
    void failedCheckIsFollowedByItsFeedbackIndentedLineByLine() {
        List<String> lines = lines(print(REPORT));
        int fail = indexOfStart(lines, "  FAIL 1.4");

        assertThat(lines.get(fail + 1))
                .isEqualTo("            Your cube thread only started after the square thread had finished.");
        assertThat(lines.get(fail + 2)).isEqualTo("            Start both, then join both.");
    }

    @Test
    void passedCheckHasNoFeedbackUnderIt() {
        List<String> lines = lines(print(REPORT));
        int pass = indexOfStart(lines, "  PASS 1.1");

        assertThat(lines.get(pass + 1)).startsWith("  FAIL 1.4");
    }

    @Test
    void ungradedTaskShowsItsMessageInsteadOfItsChecks() {
        String text = print(REPORT);

        assertThat(text).contains("\n  Missing FactorialWorker.java (with its package declaration)");
        assertThat(text).doesNotContain("2.1");
    }

    @Test
    void totalLineAndFooterShowScoreTimeAndSandbox() {
        List<String> lines = lines(print(REPORT));

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Total").endsWith(" 4/15"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Graded in 3.3 s; student code ran as: a container");
    }

    @Test
    void longTitlesAreCutSoEveryRowFitsTheWidth() {
        var longCheck = new CheckResult("1.9", verbatim("x".repeat(200)), 0, 10, false, verbatim("because"));
        var report = new GradeReport("s", 1L, Localized.verbatim("none"), List.of(new TaskResult(1, verbatim("y".repeat(200)), TaskStatus.GRADED,
                List.of(longCheck), List.of(), false)), List.of(), 0);

        List<String> lines = lines(print(report));

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Task 1  yyy").contains("...").endsWith(" 0/10")
                .hasSize(72));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  FAIL 1.9  xxx").contains("...")
                .endsWith(" 0/10").hasSize(72));
    }

    private static int indexOfStart(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with \"" + prefix + "\" in " + lines);
    }
}
