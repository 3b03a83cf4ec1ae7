package grader.batch;

import grader.report.GradeReport;
import grader.report.TaskResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The gradebook people open in a spreadsheet: {@code submission,task1,...,total,max,status} with a column per
 * assignment of the course ({@code task1..task4} by default), one row per submission, sorted by name, RFC 4180
 * quoting.
 *
 * <p>The name comes from a student's folder, so a cell that a spreadsheet would run as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}, as OWASP's
 * advice on CSV injection says. Only this file is changed so: each submission's {@code results.json} and its
 * folder under the output keep the exact name.
 */
public final class Gradebook {

    private Gradebook() {}

    /** The header: a column {@code task<N>} per assignment the reports hold, in their order. */
    static String header(List<Integer> tasks) {
        List<String> columns = new ArrayList<>(List.of("submission"));
        tasks.forEach(t -> columns.add("task" + t));
        columns.addAll(List.of("total", "max", "status"));
        return String.join(",", columns);
    }

    public static void write(List<GradeReport> reports, Path file) throws IOException {
        List<Integer> tasks = reports.stream().flatMap(r -> r.tasks().stream().map(TaskResult::number)).distinct()
                .toList();
        List<String> lines = new ArrayList<>();
        lines.add(header(tasks));
        reports.stream().sorted(Comparator.comparing(GradeReport::submission)).forEach(r -> {
            List<String> cells = new ArrayList<>(List.of(quote(r.submission())));
            tasks.forEach(t -> cells.add(String.valueOf(r.scoreOf(t))));
            cells.addAll(List.of(String.valueOf(r.score()), String.valueOf(r.maxScore()), quote(r.status())));
            lines.add(String.join(",", cells));
        });
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /**
     * A field as CSV needs it: defused when a spreadsheet would read it as a formula, quoted when it holds a comma,
     * a quote or a line break.
     */
    static String quote(String raw) {
        String field = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
