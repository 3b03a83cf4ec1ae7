package grader.report;

import static grader.text.Localized.allVerbatim;
import static grader.text.Localized.verbatim;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradescopeResultsTest {

    private static final Catalog EN = Catalog.of(Language.EN);

    private static final CheckResult PASSED = new CheckResult("1.1", verbatim("returned squares are right"), 4, 4, false, verbatim(""));
    private static final CheckResult FAILED = new CheckResult("1.4", verbatim("the threads ran at the same time"), 0, 6, false,
            verbatim("Your cube thread only started after the square thread had finished."));
    private static final CheckResult HIDDEN = new CheckResult("2.3", verbatim("a hidden stress check"), 5, 5, true, verbatim(""));
    private static final CheckResult HIDDEN_FAILED = new CheckResult("2.4", verbatim("another hidden check"), 0, 3, true,
            verbatim("It deadlocked."));

    private static final GradeReport REPORT = new GradeReport("alice", 1234L, Localized.verbatim("none"),
            List.of(new TaskResult(1, verbatim("Squares and cubes"), TaskStatus.GRADED, List.of(PASSED, FAILED), List.of(), false),
                    new TaskResult(2, verbatim("Factorials"), TaskStatus.GRADED, List.of(HIDDEN, HIDDEN_FAILED),
                            List.of(), false)),
            allVerbatim(List.of("Read as Windows-1251.")), 12.345);

    @TempDir
    Path dir;

    private JsonNode json;

    @BeforeEach
    void writeAndReadBack() throws IOException {
        Path file = dir.resolve("results.json");
        GradescopeResults.write(REPORT, file, EN);
        json = new ObjectMapper().readTree(file.toFile());
    }

    private JsonNode test(String id) {
        for (JsonNode t : json.get("tests")) {
            if (t.get("name").asText().startsWith(id + " ")) {
                return t;
            }
        }
        throw new AssertionError("no test for " + id + " in " + json);
    }

    @Test
    void topLevelScoreIsTheSumOfCheckPoints() {
        assertThat(json.get("score").isNumber()).isTrue();
        assertThat(json.get("score").asInt()).isEqualTo(4 + 0 + 5 + 0);
        assertThat(json.get("max_score").asInt()).isEqualTo(4 + 6 + 5 + 3);
    }

    @Test
    void topLevelScoreEqualsTheSumOfTestScores() {
        int sum = 0;
        int max = 0;
        for (JsonNode t : json.get("tests")) {
            sum += t.get("score").asInt();
            max += t.get("max_score").asInt();
        }
        assertThat(json.get("score").asInt()).isEqualTo(sum);
        assertThat(json.get("max_score").asInt()).isEqualTo(max);
    }

    @Test
    void topLevelHasExecutionTimeOutputAndVisibility() {
        assertThat(json.get("execution_time").isNumber()).isTrue();
        assertThat(json.get("execution_time").asDouble()).isEqualTo(12.3);
        assertThat(json.get("output").asText()).contains("1234").contains("Read as Windows-1251.");
        assertThat(json.get("visibility").asText()).isEqualTo("visible");
    }

    @Test
    void thereIsOneTestPerCheckInOrder() {
        List<String> names = new ArrayList<>();
        json.get("tests").forEach(t -> names.add(t.get("name").asText()));

        assertThat(names).containsExactly("1.1 returned squares are right", "1.4 the threads ran at the same time",
                "2.3 a hidden stress check", "2.4 another hidden check");
    }

    @Test
    void passedCheckIsAPassedVisibleTestWithFullScore() {
        JsonNode t = test("1.1");

        assertThat(t.get("score").asInt()).isEqualTo(4);
        assertThat(t.get("max_score").asInt()).isEqualTo(4);
        assertThat(t.get("status").asText()).isEqualTo("passed");
        assertThat(t.get("output").asText()).isEmpty();
        assertThat(t.get("visibility").asText()).isEqualTo("visible");
    }

    @Test
    void failedCheckIsAFailedTestWhoseOutputIsTheFeedback() {
        JsonNode t = test("1.4");

        assertThat(t.get("score").asInt()).isZero();
        assertThat(t.get("max_score").asInt()).isEqualTo(6);
        assertThat(t.get("status").asText()).isEqualTo("failed");
        assertThat(t.get("output").asText()).isEqualTo(FAILED.feedback().in(Language.EN));
        assertThat(t.get("visibility").asText()).isEqualTo("visible");
    }

    @Test
    void hiddenChecksAreVisibleOnlyAfterTheDueDate() {
        assertThat(test("2.3").get("visibility").asText()).isEqualTo("after_due_date");
        assertThat(test("2.3").get("status").asText()).isEqualTo("passed");
        assertThat(test("2.4").get("visibility").asText()).isEqualTo("after_due_date");
        assertThat(test("2.4").get("status").asText()).isEqualTo("failed");
        assertThat(test("2.4").get("output").asText()).isEqualTo("It deadlocked.");
    }

    @Test
    void failedCheckOfAnUngradedTaskAlsoShowsTheTaskMessages(@TempDir Path other) throws IOException {
        var check = new CheckResult("3.1", verbatim("compiles"), 0, 2, false, verbatim("This task does not compile."));
        var report = new GradeReport("bob", 7L, Localized.verbatim("none"), List.of(new TaskResult(3, verbatim("Async"), TaskStatus.COMPILE_ERROR,
                List.of(check), allVerbatim(List.of("Async.java:3: ';' expected")), false)), List.of(), 1.0);
        Path file = other.resolve("nested/folder/results.json");

        GradescopeResults.write(report, file, EN);

        JsonNode t = new ObjectMapper().readTree(file.toFile()).get("tests").get(0);
        assertThat(t.get("output").asText()).isEqualTo("This task does not compile.\nAsync.java:3: ';' expected");
    }

    @Test
    void aMissingTasksMessageIsShownOnce() {
        String message = "Missing homework/async/AsyncSquares.java (with its package declaration), so this task "
                + "could not be graded.";
        var check = new CheckResult("3.1", verbatim("squares are right"), 0, 6, false, verbatim(message));
        var report = new GradeReport("carol", 7L, Localized.verbatim("none"), List.of(new TaskResult(3, verbatim("Async"), TaskStatus.MISSING,
                List.of(check), allVerbatim(List.of(message)), false)), List.of(), 1.0);

        JsonNode t = new ObjectMapper().valueToTree(GradescopeResults.toMap(report, EN)).get("tests").get(0);

        assertThat(t.get("output").asText()).isEqualTo(message);
    }

    @Test
    void inRussianTheTestsAreNamedAndExplainedInRussian() {
        var check = new CheckResult("1.4", Localized.by(l -> l == Language.RU ? "потоки работали одновременно"
                : "the threads ran at the same time"), 0, 6, false,
                Localized.by(l -> l == Language.RU ? "Поток кубов запустился позже." : "The cube thread started later."));
        var report = new GradeReport("ivan", 5L, Localized.verbatim("none"), List.of(new TaskResult(1,
                Localized.verbatim("t"), TaskStatus.GRADED, List.of(check), List.of(), false)), List.of(), 1.0);

        JsonNode t = new ObjectMapper().valueToTree(GradescopeResults.toMap(report, Catalog.of(Language.RU)))
                .get("tests").get(0);

        assertThat(t.get("name").asText()).isEqualTo("1.4 потоки работали одновременно");
        assertThat(t.get("output").asText()).isEqualTo("Поток кубов запустился позже.");
    }

    @Test
    void writtenFileIsUtf8() throws IOException {
        var check = new CheckResult("1.2", verbatim("кубы верны"), 0, 1, false, verbatim("Неверно: ожидалось 8"));
        var report = new GradeReport("ivan", 1L, Localized.verbatim("none"),
                List.of(new TaskResult(1, verbatim("Квадраты"), TaskStatus.GRADED, List.of(check), List.of(), false)), List.of(), 0);
        Path file = dir.resolve("utf8.json");

        GradescopeResults.write(report, file, EN);

        assertThat(Files.readString(file)).contains("1.2 кубы верны").contains("Неверно: ожидалось 8");
    }
}
