package grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import grader.text.Catalog;
import grader.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link GradeReport} as Gradescope's {@code results.json}: top-level {@code score}, {@code max_score},
 * {@code execution_time}, {@code output}, and one test per rubric check named after its id ({@code "1.3 ..."}),
 * with {@code score}, {@code max_score}, {@code status}, {@code output} and {@code visibility}. Hidden checks are
 * {@code after_due_date}.
 */
public final class GradescopeResults {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeResults() {}

    public static Map<String, Object> toMap(GradeReport report, Catalog catalog) {
        Language language = catalog.language();
        List<Map<String, Object>> tests = new ArrayList<>();
        for (TaskResult task : report.tasks()) {
            for (CheckResult check : task.checks()) {
                Map<String, Object> test = new LinkedHashMap<>();
                test.put("name", check.id() + " " + check.title().in(language));
                test.put("number", check.id());
                test.put("score", check.points());
                test.put("max_score", check.maxPoints());
                test.put("status", check.passed() ? "passed" : "failed");
                test.put("output", check.passed() ? "" : task.messageWith(check.feedback().in(language), language));
                test.put("visibility", check.hidden() ? "after_due_date" : "visible");
                tests.add(test);
            }
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("score", report.score());
        results.put("max_score", report.maxScore());
        results.put("execution_time", Math.round(report.seconds() * 10) / 10.0);
        results.put("output", catalog.text("gradescope.output", "seed", Long.toString(report.seed()), "notes",
                String.join(" ", report.notes().stream().map(n -> n.in(language)).toList())).strip());
        results.put("visibility", "visible");
        results.put("tests", tests);
        return results;
    }

    public static void write(GradeReport report, Path file, Catalog catalog) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), toMap(report, catalog));
    }
}
