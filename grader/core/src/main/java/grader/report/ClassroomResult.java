package grader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * <p>In a workflow, after {@code writeOutputs} in a step with {@code id: grade}:
 * <pre>
 * - uses: classroom-resources/autograding-grading-reporter@v1
 *   env:
 *     GRADE_RESULTS: "${{ steps.grade.outputs.result }}"
 *   with:
 *     runners: grade
 * </pre>
 *
 * <p>The base64 reaches the reporter as one environment variable, and Linux refuses a single variable over 128 KiB.
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
    public static String status(GradeReport report, int failUnder) {
        if (report.tasks().stream().anyMatch(t -> t.status() == TaskStatus.INVALID)) {
            return "error";
        }
        return report.score() < failUnder ? "fail" : "pass";
    }

    public static Map<String, Object> toMap(GradeReport report, int failUnder) {
        int checks = report.tasks().stream().mapToInt(t -> t.checks().size()).sum();
        int budget = Math.min(MESSAGE_MAX, Math.max(500, MESSAGE_BUDGET / Math.max(1, checks)));
        List<Map<String, Object>> tests = new ArrayList<>();
        for (TaskResult task : report.tasks()) {
            for (CheckResult check : task.checks()) {
                Map<String, Object> test = new LinkedHashMap<>();
                test.put("name", check.id() + " " + check.title());
                test.put("status", task.status() == TaskStatus.INVALID ? "error" : check.passed() ? "pass" : "fail");
                test.put("score", check.points());
                test.put("message", check.passed() ? "" : cut(GitHubSummary.clean(GitHubSummary.feedbackOf(task,
                        check)), budget));
                test.put("test_code", "./grade --seed " + report.seed());
                test.put("filename", "");
                test.put("line_no", 0);
                test.put("duration", 0);
                tests.add(test);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("version", 1);
        result.put("status", status(report, failUnder));
        result.put("max_score", report.maxScore());
        result.put("tests", tests);
        return result;
    }

    /** The result as compact JSON (one line). */
    public static String json(GradeReport report, int failUnder) {
        try {
            return JSON.writeValueAsString(toMap(report, failUnder));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard base64 (with padding, no line breaks) of the JSON's UTF-8: the value of the step's output. */
    public static String base64(GradeReport report, int failUnder) {
        return Base64.getEncoder().encodeToString(json(report, failUnder).getBytes(StandardCharsets.UTF_8));
    }

    /** The line {@code result=<base64>} as {@code $GITHUB_OUTPUT} takes a single-line output. */
    public static String outputLine(GradeReport report, int failUnder) {
        return "result=" + base64(report, failUnder);
    }

    /**
     * Appends {@link #outputLine} and a line feed to {@code githubOutputFile} (the file in {@code $GITHUB_OUTPUT}),
     * on a line of its own even if the file's last line has no line feed.
     */
    public static void writeOutputs(Path githubOutputFile, GradeReport report, int failUnder) throws IOException {
        GitHubSummary.append(githubOutputFile, outputLine(report, failUnder) + "\n", 1);
    }

    /**
     * The workflow command that annotates the run as the reporter does:
     * {@code ::notice title=Autograding complete::Points 88/100}.
     */
    public static String noticeLine(GradeReport report) {
        return "::notice title=Autograding complete::Points " + report.score() + "/" + report.maxScore();
    }

    /** {@code text} cut to at most {@code maxBytes} bytes of UTF-8 (whole code points), with a note if cut. */
    private static String cut(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        String note = "\n[... cut; ./grade shows the full feedback]";
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
