package grader.report;

import static grader.text.Localized.allVerbatim;
import static grader.text.Localized.verbatim;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.score.Points;
import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassroomResultTest {

    private static final Catalog EN = Catalog.of(Language.EN);

    private static final String TRICKY = "Printed `2^2 = 4` | expected <b> & \"quoted\"\nsecond line \u0007 rings";
    private static final String NO_COMPILE = "This task does not compile, so it could not be graded.";
    private static final String MISSING = "Missing FactorialWorker.java (with its package declaration), so this task "
            + "could not be graded.";

    private static final TaskResult SQUARES = new TaskResult(1, verbatim("Squares and cubes"), TaskStatus.GRADED, List.of(
            new CheckResult("1.1", verbatim("returned squares are right"), 4, 4, false, verbatim("")),
            new CheckResult("1.3", verbatim("every square line was printed by one thread"), 0, 6, false, verbatim(TRICKY)),
            new CheckResult("1.6", verbatim("a hidden check"), 0, 2, true, verbatim("secret detail")),
            new CheckResult("1.7", verbatim("a hidden check that passed"), 3, 3, true, verbatim(""))), List.of(), false);
    private static final TaskResult COUNTING = new TaskResult(2, verbatim("Delayed counting"), TaskStatus.COMPILE_ERROR,
            List.of(new CheckResult("2.1", verbatim("every thread printed 1..10"), 0, 5, false, verbatim(NO_COMPILE))),
            allVerbatim(List.of("DelayedCounting.java:3: error: ';' expected")), false);
    private static final TaskResult FACTORIALS = new TaskResult(4, verbatim("Process factorials"), TaskStatus.MISSING,
            List.of(new CheckResult("4.1", verbatim("the returned map is right"), 0, 5, false, verbatim(MISSING))), allVerbatim(List.of(MISSING)),
            false);
    private static final TaskResult ASYNC = new TaskResult(3, verbatim("Asynchronous squares"), TaskStatus.GRADED,
            List.of(new CheckResult("3.1", verbatim("the squares are right"), 6, 6, false, verbatim(""))), List.of(), false);

    private static final GradeReport PARTIAL = new GradeReport("alice", 1234L, Localized.verbatim("none"),
            List.of(SQUARES, COUNTING, ASYNC, FACTORIALS), List.of(), 4.4);
    private static final GradeReport FULL = new GradeReport("carol", 7L, Localized.verbatim("none"), List.of(ASYNC), List.of(), 1.0);

    private static JsonNode decode(String base64) throws IOException {
        byte[] json = Base64.getDecoder().decode(base64);
        return new ObjectMapper().readTree(new String(json, StandardCharsets.UTF_8));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode test(JsonNode result, String id) {
        for (JsonNode t : result.get("tests")) {
            if (t.get("name").asText().startsWith(id + " ")) {
                return t;
            }
        }
        throw new AssertionError("no test for " + id + " in " + result);
    }

    @Test
    void topLevelHasTheReportersFieldsAndTheTotals() throws IOException {
        JsonNode result = decode(ClassroomResult.base64(PARTIAL, Points.of(100), EN));

        assertThat(fieldNames(result)).containsExactly("version", "status", "max_score", "tests");
        assertThat(result.get("version").isInt()).isTrue();
        assertThat(result.get("version").asInt()).isEqualTo(1);
        assertThat(result.get("status").asText()).isEqualTo("fail");
        assertThat(result.get("max_score").isInt()).isTrue();
        assertThat(result.get("max_score").asInt()).isEqualTo(4 + 6 + 2 + 3 + 5 + 6 + 5);
    }

    @Test
    void theReportersSumOfTestScoresIsTheReportsScore() throws IOException {
        JsonNode result = decode(ClassroomResult.base64(PARTIAL, Points.of(0), EN));
        int sum = 0;
        for (JsonNode t : result.get("tests")) {
            sum += t.get("score").asInt();
        }

        assertThat(Points.of(sum)).isEqualTo(PARTIAL.score()).isEqualTo(Points.of(4 + 3 + 6));
    }

    @Test
    void thereIsOneTestPerCheckInOrderEachWithEveryField() throws IOException {
        JsonNode result = decode(ClassroomResult.base64(PARTIAL, Points.of(0), EN));

        List<String> names = new ArrayList<>();
        for (JsonNode t : result.get("tests")) {
            names.add(t.get("name").asText());
            assertThat(fieldNames(t)).containsExactly("name", "status", "score", "message", "test_code", "filename",
                    "line_no", "duration");
            assertThat(t.get("test_code").asText()).isEqualTo("./grade --seed 1234");
            assertThat(t.get("filename").asText()).isEmpty();
            assertThat(t.get("line_no").isInt()).isTrue();
            assertThat(t.get("line_no").asInt()).isZero();
            assertThat(t.get("duration").isInt()).isTrue();
            assertThat(t.get("duration").asInt()).isZero();
        }
        assertThat(names).containsExactly("1.1 returned squares are right",
                "1.3 every square line was printed by one thread", "1.6 a hidden check",
                "1.7 a hidden check that passed", "2.1 every thread printed 1..10", "3.1 the squares are right",
                "4.1 the returned map is right");
    }

    @Test
    void passedCheckIsAPassWithItsPointsAndNoMessage() throws IOException {
        JsonNode t = test(decode(ClassroomResult.base64(PARTIAL, Points.of(0), EN)), "1.1");

        assertThat(t.get("status").asText()).isEqualTo("pass");
        assertThat(t.get("score").asInt()).isEqualTo(4);
        assertThat(t.get("message").asText()).isEmpty();
    }

    @Test
    void lostCheckIsAFailWhoseMessageIsTheFeedback() throws IOException {
        JsonNode t = test(decode(ClassroomResult.base64(PARTIAL, Points.of(0), EN)), "1.3");

        assertThat(t.get("status").asText()).isEqualTo("fail");
        assertThat(t.get("score").asInt()).isZero();
        assertThat(t.get("message").asText()).isEqualTo(TRICKY.replace('\u0007', '\uFFFD'));
    }

    @Test
    void checksOfATaskThatIsMissingOrDoesNotCompileFailWithTheTasksMessages() throws IOException {
        JsonNode result = decode(ClassroomResult.base64(PARTIAL, Points.of(0), EN));

        assertThat(test(result, "2.1").get("status").asText()).isEqualTo("fail");
        assertThat(test(result, "2.1").get("message").asText())
                .isEqualTo(NO_COMPILE + "\nDelayedCounting.java:3: error: ';' expected");
        assertThat(test(result, "4.1").get("status").asText()).isEqualTo("fail");
        assertThat(test(result, "4.1").get("message").asText()).isEqualTo(MISSING);
    }

    @Test
    void hiddenChecksCountTheirPointsButWithholdTheirFeedback() throws IOException {
        JsonNode result = decode(ClassroomResult.base64(PARTIAL, Points.of(0), EN));

        assertThat(test(result, "1.6").get("status").asText()).isEqualTo("fail");
        assertThat(test(result, "1.6").get("message").asText()).isEqualTo(EN.text("check.hidden-feedback"));
        assertThat(test(result, "1.7").get("score").asInt()).isEqualTo(3);
        assertThat(ClassroomResult.json(PARTIAL, Points.of(0), EN)).doesNotContain("secret detail");
    }

    @Test
    void statusFailsOnlyBelowTheCoursesThreshold() throws IOException {
        assertThat(ClassroomResult.status(FULL, Points.ZERO)).isEqualTo("pass");
        assertThat(ClassroomResult.status(PARTIAL, Points.ZERO)).as("by default no score fails").isEqualTo("pass");
        assertThat(ClassroomResult.status(PARTIAL, PARTIAL.score())).isEqualTo("pass");
        assertThat(ClassroomResult.status(PARTIAL, PARTIAL.score().plus(Points.of(1)))).isEqualTo("fail");
        assertThat(decode(ClassroomResult.base64(PARTIAL, PARTIAL.maxScore(), EN)).get("status").asText())
                .isEqualTo("fail");
        var onlyCompileError = new GradeReport("dave", 1L, Localized.verbatim("none"), List.of(ASYNC, COUNTING), List.of(), 1);
        assertThat(ClassroomResult.status(onlyCompileError, onlyCompileError.score().plus(Points.of(1)))).isEqualTo("fail");
    }

    @Test
    void invalidSubmissionIsAnErrorWithEveryTestAnError() throws IOException {
        String why = "The submission could not be read: not a zip file";
        var report = new GradeReport("broken.zip", 9L, Localized.verbatim("none"), List.of(
                new TaskResult(1, verbatim("Squares and cubes"), TaskStatus.INVALID,
                        List.of(new CheckResult("1.1", verbatim("squares"), 0, 4, false, verbatim(why))), List.of(), false),
                new TaskResult(2, verbatim("Delayed counting"), TaskStatus.INVALID,
                        List.of(new CheckResult("2.1", verbatim("counting"), 0, 5, false, verbatim(why))), List.of(), false)),
                allVerbatim(List.of(why)), 0.1);

        JsonNode result = decode(ClassroomResult.base64(report, Points.of(0), EN));

        assertThat(result.get("status").asText()).isEqualTo("error");
        assertThat(result.get("max_score").asInt()).isEqualTo(9);
        assertThat(result.get("tests")).hasSize(2).allSatisfy(t -> {
            assertThat(t.get("status").asText()).isEqualTo("error");
            assertThat(t.get("score").asInt()).isZero();
            assertThat(t.get("message").asText()).isEqualTo(why);
        });
    }

    @Test
    void base64IsOneLineOfStandardBase64OfTheCompactJson() {
        String base64 = ClassroomResult.base64(PARTIAL, Points.of(0), EN);
        String json = ClassroomResult.json(PARTIAL, Points.of(0), EN);

        assertThat(base64).matches("[A-Za-z0-9+/]+=*");
        assertThat(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(json).doesNotContain("\n").startsWith("{\"version\":1,\"status\":\"pass\",\"max_score\":31,");
    }

    @Test
    void writeOutputsAppendsTheWholeResultAndOneRunnerPerRow(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("github_output");
        Files.writeString(output, "other=1"); // a previous writer left no line feed

        ClassroomResult.writeOutputs(output, PARTIAL, Points.of(0), EN);

        String content = Files.readString(output);
        assertThat(content).endsWith("\n");
        List<String> lines = content.lines().toList();
        assertThat(lines).hasSize(2 + 7);
        assertThat(lines.get(0)).isEqualTo("other=1");
        assertThat(lines.get(1)).isEqualTo(ClassroomResult.outputLine(PARTIAL, Points.of(0), EN))
                .isEqualTo("result=" + ClassroomResult.base64(PARTIAL, Points.of(0), EN))
                .matches("result=[A-Za-z0-9+/]+=*");
        assertThat(decode(lines.get(1).substring("result=".length())).get("max_score").asInt()).isEqualTo(31);
        assertThat(lines.subList(2, lines.size())).extracting(l -> l.substring(0, l.indexOf('=')))
                .containsExactly("task1row1", "task1row3", "task1row6", "task1row7", "task2row1", "task3row1",
                        "task4row1");
        JsonNode row = decode(lines.get(3).substring("task1row3=".length()));
        assertThat(row.get("max_score").asInt()).isEqualTo(6);
        assertThat(row.get("status").asText()).as("the submission's status, not the row's").isEqualTo("pass");
        assertThat(row.get("tests")).hasSize(1);
        assertThat(row.get("tests").get(0).get("message").asText()).isEqualTo(GitHubSummary.clean(TRICKY));
    }

    /**
     * The reporter prints per runner (passed tests / tests) × {@code max_score} ({@code src/helpers/test-helpers.js}):
     * over the one whole result that is 3/7 × 31, not the 13 points; over the runners per row, it is the points.
     */
    @Test
    void theReportersTableOverTheRowRunnersAddsUpToThePoints(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("github_output");
        ClassroomResult.writeOutputs(output, PARTIAL, Points.of(0), EN);

        double whole = reportersTable(List.of(decode(ClassroomResult.base64(PARTIAL, Points.of(0), EN))));
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(output)) {
            if (line.startsWith("task")) {
                rows.add(decode(line.substring(line.indexOf('=') + 1)));
            }
        }

        assertThat(whole).isNotEqualTo(13.0);
        assertThat(reportersTable(rows)).isEqualTo(13.0);
        assertThat(rows.stream().mapToInt(r -> r.get("max_score").asInt()).sum()).isEqualTo(31);
    }

    private static double reportersTable(List<JsonNode> runners) {
        double total = 0;
        for (JsonNode runner : runners) {
            int passed = 0;
            for (JsonNode test : runner.get("tests")) {
                passed += test.get("status").asText().equals("pass") ? 1 : 0;
            }
            total += (double) passed / runner.get("tests").size() * runner.get("max_score").asInt();
        }
        return total;
    }

    @Test
    void writeOutputsCreatesTheFileAndAddsNoBlankLine(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("github_output");

        ClassroomResult.writeOutputs(output, FULL, Points.of(0), EN);
        ClassroomResult.writeOutputs(output, FULL, Points.of(0), EN);

        String lines = ClassroomResult.outputLine(FULL, Points.of(0), EN) + "\ntask3row1="
                + Base64.getEncoder().encodeToString(new ObjectMapper().writeValueAsBytes(
                        ClassroomResult.rowResult(FULL, ASYNC, ASYNC.checks().get(0), Points.of(0), EN))) + "\n";
        assertThat(Files.readString(output)).isEqualTo(lines + lines);
    }

    @Test
    void noticeLineIsTheReportersAnnotation() {
        assertThat(ClassroomResult.noticeLine(PARTIAL)).isEqualTo("::notice title=Autograding complete::Points 13/31");
        assertThat(ClassroomResult.noticeLine(FULL)).isEqualTo("::notice title=Autograding complete::Points 6/6");
    }

    @Test
    void hugeFeedbackIsCutSoTheBase64FitsInOneEnvironmentVariable() throws IOException {
        List<CheckResult> checks = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            checks.add(new CheckResult("1." + i, verbatim("check " + i), 0, 1, false, verbatim("Неверно: ".repeat(10_000))));
        }
        var report = new GradeReport("eve", 1L, Localized.verbatim("none"),
                List.of(new TaskResult(1, verbatim("Squares and cubes"), TaskStatus.GRADED, checks, List.of(), false)),
                List.of(), 1);

        String base64 = ClassroomResult.base64(report, Points.of(0), EN);

        assertThat(("GRADE_RESULTS=" + base64).length()).isLessThan(128 * 1024);
        JsonNode result = decode(base64);
        assertThat(result.get("tests")).hasSize(22).allSatisfy(t -> {
            String message = t.get("message").asText();
            assertThat(message).startsWith("Неверно: ").endsWith("\n[... cut; ./grade shows the full feedback]");
            assertThat(message.getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(ClassroomResult.MESSAGE_BUDGET / 22);
        });
    }

    @Test
    void shortFeedbackIsNeverCut() throws IOException {
        String feedback = "y".repeat(ClassroomResult.MESSAGE_MAX);
        var report = new GradeReport("f", 1L, Localized.verbatim("none"), List.of(new TaskResult(1, verbatim("T"), TaskStatus.GRADED,
                List.of(new CheckResult("1.1", verbatim("t"), 0, 1, false, verbatim(feedback))), List.of(), false)), List.of(), 0);

        assertThat(test(decode(ClassroomResult.base64(report, Points.of(0), EN)), "1.1").get("message").asText()).isEqualTo(feedback);
    }
}
