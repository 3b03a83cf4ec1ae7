package grader.batch;

import static grader.text.Localized.verbatim;
import static org.assertj.core.api.Assertions.assertThat;

import grader.score.Points;
import grader.report.CheckResult;
import grader.report.GradeReport;
import grader.report.TaskResult;
import grader.report.TaskStatus;
import grader.text.Localized;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradebookTest {

    @TempDir
    Path dir;

    private static GradeReport report(String name) {
        List<TaskResult> tasks = List.of(1, 2, 3, 4).stream().map(n -> new TaskResult(n, verbatim("Task " + n),
                TaskStatus.GRADED, List.of(new CheckResult(n + ".1", verbatim("a check"), 25, 25, false, verbatim(""))), List.of(),
                false)).toList();
        return new GradeReport(name, 1L, Localized.verbatim("none"), tasks, List.of(), 1.0);
    }

    private List<String> rows(String... names) throws IOException {
        Path file = dir.resolve("gradebook.csv");
        Gradebook.write(List.of(names).stream().map(GradebookTest::report).toList(), List.of(1, 2, 3, 4),
                Optional.empty(), file);
        return Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, names.length + 1);
    }

    @Test
    void aNameThatASpreadsheetWouldRunAsAFormulaIsDefused() throws IOException {
        assertThat(rows("=HYPERLINK(\"http://x\";\"a\")_1_assignsubmission_file_", "+1", "-2", "@SUM(A1)",
                "\tTab"))
                .containsExactly(
                        "'\tTab,25,25,25,25,100,100,graded",
                        "'+1,25,25,25,25,100,100,graded",
                        "'-2,25,25,25,25,100,100,graded",
                        "\"'=HYPERLINK(\"\"http://x\"\";\"\"a\"\")_1_assignsubmission_file_\",25,25,25,25,100,100,graded",
                        "'@SUM(A1),25,25,25,25,100,100,graded");
    }

    @Test
    void ordinaryNamesStayExactEvenWithSpacesApostrophesAndCyrillic() throws IOException {
        assertThat(rows("Анна-Мария О'Брайен_104233_assignsubmission_file_", "bob, jr", "x=1"))
                .containsExactly("\"bob, jr\",25,25,25,25,100,100,graded", "x=1,25,25,25,25,100,100,graded",
                        "Анна-Мария О'Брайен_104233_assignsubmission_file_,25,25,25,25,100,100,graded");
    }

    @Test
    void withoutACourseFileTheHeaderIsTheOneSpreadsheetsAlreadyRead() {
        assertThat(Gradebook.header(List.of(1, 2, 3, 4), false))
                .isEqualTo("submission,task1,task2,task3,task4,total,max,status");
    }

    @Test
    void theColumnsAreTheCoursesTasksInItsOrderWithPassedWhenItHasAPassMark() throws IOException {
        TaskResult two = new TaskResult(2, verbatim("Task 2"), TaskStatus.GRADED, List.of(new CheckResult("2.1",
                verbatim("a check"), new Points(1250), new Points(1250), false, verbatim(""))), List.of(), false);
        TaskResult one = new TaskResult(1, verbatim("Task 1"), TaskStatus.GRADED, List.of(new CheckResult("1.1",
                verbatim("a check"), Points.ZERO, new Points(750), false, verbatim("no"))), List.of(), false);
        GradeReport report = new GradeReport("ann", 1L, verbatim("none"), List.of(two, one), List.of(), 1.0);
        Path file = dir.resolve("gradebook.csv");

        Gradebook.write(List.of(report), List.of(2, 1), Optional.of(Points.of(12)), file);
        Gradebook.write(List.of(report), List.of(2, 1), Optional.of(Points.of(13)), dir.resolve("stricter.csv"));

        assertThat(Files.readAllLines(file)).containsExactly("submission,task2,task1,total,max,status,passed",
                "ann,12.5,0,12.5,20,graded,yes");
        assertThat(Files.readAllLines(dir.resolve("stricter.csv")).get(1)).isEqualTo("ann,12.5,0,12.5,20,graded,no");
    }
}
