package grader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.score.Points;
import grader.text.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link GradeReport} as the result of a GitHub Classroom autograding step, the object that
 * {@code classroom-resources/autograding-grading-reporter} decodes from the base64 in a runner's {@code result}
 * output: one test per rubric check, scored in points.
 *
 * <pre>
 * {"version":1,"status":"fail","max_score":100,"tests":[
 *   {"name":"1.1 returned squares are right (n = 10, ...)","status":"pass","score":4,"message":"",
 *    "test_code":"./grade --seed 1234","filename":"","line_no":0,"duration":0},
 *   {"name":"1.4 the square thread and the cube thread were alive at the same time ...","status":"fail","score":0,
 *    "message":"Your cube thread only started after the square thread had finished: ...", ...}, ...]}
 * </pre>
 *
 * <p>The reporter gives Classroom the sum of the tests' {@code score} out of {@code max_score}, and fails its step
 * (so the job) when a runner's status is {@code fail} or {@code error}, after it has reported the points. So the
 * status follows the course's threshold ({@code ./grade --fail-under N}; by default no score fails the job):
 * <ul>
 *   <li>{@code error} when the submission was {@code invalid} (an unreadable archive, no Java file): nothing could
 *       be graded. Each test is then {@code error} too;</li>
 *   <li>{@code fail} when the score is below the threshold, also because a task is missing or does not compile;</li>
 *   <li>{@code pass} otherwise. Each test still says {@code pass} or {@code fail} on its own.</li>
 * </ul>
 *
 * <p>In a workflow, after {@code writeOutputs} in a step with {@code id: grade}, one runner per rubric row (the
 * student template's workflow lists them all; see {@link #rowResult} for why):
 * <pre>
 * - uses: classroom-resources/autograding-grading-reporter@v1
 *   env:
 *     TASK1ROW1_RESULTS: "${{ steps.grade.outputs.task1row1 }}"
 *     TASK1ROW2_RESULTS: "${{ steps.grade.outputs.task1row2 }}"
 *   with:
 *     runners: task1row1,task1row2
 * </pre>
 * The output {@code result} holds the whole result in one, for any other step that wants it.
 *
 * <p>Each base64 reaches the reporter as an environment variable, and Linux refuses a single variable over 128 KiB.
 * So the messages share a budget of {@value #MESSAGE_BUDGET} bytes of UTF-8 (at most {@value #MESSAGE_MAX} each); a
 * longer message is cut, with a note. A hidden check keeps its score but not its feedback.
 */
public final class ClassroomResult {

    /** The bytes of UTF-8 all messages together may take; the base64 of the whole stays well under 128 KiB. */
    static final int MESSAGE_BUDGET = 60_000;

    /** The most bytes of one message, however few checks there are. */
    static final int MESSAGE_MAX = 16_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClassroomResult() {}

    /** {@code error} for an invalid submission, {@code fail} below {@code failUnder} points, else {@code pass}. */
    public static String status(GradeReport report, Points failUnder) {
        if (report.tasks().stream().anyMatch(t -> t.status() == TaskStatus.INVALID)) {
            return "error";
        }
        return report.score().isBelow(failUnder) ? "fail" : "pass";
    }

    public static Map<String, Object> toMap(GradeReport report, Points failUnder, Catalog catalog) {
        int budget = messageBudget(report);
        List<Map<String, Object>> tests = new ArrayList<>();
        for (TaskResult task : report.tasks()) {
            for (CheckResult check : task.checks()) {
                tests.add(test(report, task, check, budget, catalog));
            }
        }
        return result(status(report, failUnder), report.maxScore(), tests);
    }

    /**
     * The result of one rubric row as a runner of its own, worth the row's points: the reporter prints per runner
     * (passed tests / tests) × {@code max_score}, so a runner per row makes its table add up to the points. Its
     * status is the whole submission's, so that the job still fails only below the pass mark.
     */
    public static Map<String, Object> rowResult(GradeReport report, TaskResult task, CheckResult check,
            Points failUnder, Catalog catalog) {
        return result(status(report, failUnder), check.maxPoints(),
                List.of(test(report, task, check, messageBudget(report), catalog)));
    }

    /**
     * The runner (and step output) that carries one rubric row: {@code 1.4} is {@code task1row4}. Letters and
     * digits only, as the reporter's {@code runners} input takes them; it reads {@code TASK1ROW4_RESULTS}.
     */
    public static String runnerOf(String rowId) {
        return "task" + rowId.replace(".", "row");
    }

    private static Map<String, Object> result(String status, Points maxScore, List<Map<String, Object>> tests) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("version", 1);
        result.put("status", status);
        result.put("max_score", maxScore);
        result.put("tests", tests);
        return result;
    }

    private static Map<String, Object> test(GradeReport report, TaskResult task, CheckResult check, int budget,
            Catalog catalog) {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("name", check.id() + " " + check.title().in(catalog.language()));
        test.put("status", task.status() == TaskStatus.INVALID ? "error" : check.passed() ? "pass" : "fail");
        test.put("score", check.points());
        test.put("message", check.passed() ? "" : cut(GitHubSummary.clean(GitHubSummary.feedbackOf(task, check,
                catalog)), budget, catalog));
        test.put("test_code", "./grade --seed " + report.seed());
        test.put("filename", "");
        test.put("line_no", 0);
        test.put("duration", 0);
        return test;
    }

    /** Each message's share of {@link #MESSAGE_BUDGET}. */
    private static int messageBudget(GradeReport report) {
        int checks = report.tasks().stream().mapToInt(t -> t.checks().size()).sum();
        return Math.min(MESSAGE_MAX, Math.max(500, MESSAGE_BUDGET / Math.max(1, checks)));
    }

    /** The result as compact JSON (one line). */
    public static String json(GradeReport report, Points failUnder, Catalog catalog) {
        try {
            return JSON.writeValueAsString(toMap(report, failUnder, catalog));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard base64 (with padding, no line breaks) of the JSON's UTF-8: the value of the step's output. */
    public static String base64(GradeReport report, Points failUnder, Catalog catalog) {
        return base64(toMap(report, failUnder, catalog));
    }

    private static String base64(Map<String, Object> result) {
        try {
            return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(result));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line {@code result=<base64>} as {@code $GITHUB_OUTPUT} takes a single-line output. */
    public static String outputLine(GradeReport report, Points failUnder, Catalog catalog) {
        return "result=" + base64(report, failUnder, catalog);
    }

    /**
     * Appends to {@code githubOutputFile} (the file in {@code $GITHUB_OUTPUT}) the output {@code result}, the whole
     * result ({@link #outputLine}), and one output per rubric row named by {@link #runnerOf}, each on a line of
     * its own even if the file's last line has no line feed.
     */
    public static void writeOutputs(Path githubOutputFile, GradeReport report, Points failUnder, Catalog catalog)
            throws IOException {
        StringBuilder lines = new StringBuilder(outputLine(report, failUnder, catalog)).append('\n');
        for (TaskResult task : report.tasks()) {
            for (CheckResult check : task.checks()) {
                lines.append(runnerOf(check.id())).append('=')
                        .append(base64(rowResult(report, task, check, failUnder, catalog))).append('\n');
            }
        }
        GitHubSummary.append(githubOutputFile, lines.toString(), 1);
    }

    /**
     * The workflow command that annotates the run as the reporter does:
     * {@code ::notice title=Autograding complete::Points 88/100}.
     */
    public static String noticeLine(GradeReport report) {
        return "::notice title=Autograding complete::Points " + report.score() + "/" + report.maxScore();
    }

    /** {@code text} cut to at most {@code maxBytes} bytes of UTF-8 (whole code points), with a note if cut. */
    private static String cut(String text, int maxBytes, Catalog catalog) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        String note = "\n" + catalog.text("report.cut");
        int room = maxBytes - note.length();
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes + size > room) {
                break;
            }
            bytes += size;
            end += Character.charCount(c);
        }
        return text.substring(0, end) + note;
    }
}
