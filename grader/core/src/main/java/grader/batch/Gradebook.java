package grader.batch;

import grader.score.Points;
import grader.report.GradeReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The gradebook people open in a spreadsheet: {@code submission,task1,task2,task3,task4,total,max,status}, a
 * column per task of the course in its order, and {@code passed} ({@code yes} or {@code no}) after them when the
 * course has a pass mark; one row per submission, sorted by name, RFC 4180 quoting.
 *
 * <p>The name comes from a student's folder, so a cell that a spreadsheet would run as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}, as OWASP's
 * advice on CSV injection says. Only this file is changed so: each submission's {@code results.json} and its
 * folder under the output keep the exact name.
 */
public final class Gradebook {

    private Gradebook() {}

    /** The header line for the course's tasks, with a pass mark or without. */
    public static String header(List<Integer> tasks, boolean passMark) {
        List<String> columns = new ArrayList<>(List.of("submission"));
        tasks.forEach(n -> columns.add("task" + n));
        columns.addAll(List.of("total", "max", "status"));
        if (passMark) {
            columns.add("passed");
        }
        return String.join(",", columns);
    }

    /**
     * @param tasks the course's task numbers, in its order: one column each
     * @param passMark the course's pass mark, if it has one
     */
    public static void write(List<GradeReport> reports, List<Integer> tasks, Optional<Points> passMark, Path file)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header(tasks, passMark.isPresent()));
        reports.stream().sorted(Comparator.comparing(GradeReport::submission)).forEach(r -> {
            List<String> cells = new ArrayList<>(List.of(quote(r.submission())));
            tasks.forEach(n -> cells.add(r.scoreOf(n).toString()));
            cells.addAll(List.of(r.score().toString(), r.maxScore().toString(), quote(r.status())));
            passMark.ifPresent(mark -> cells.add(r.score().isBelow(mark) ? "no" : "yes"));
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
