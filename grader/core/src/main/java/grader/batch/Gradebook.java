package grader.batch;

import grader.report.GradeReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The gradebook people open in a spreadsheet: {@code submission,task1,task2,task3,task4,total,max,status}, one row
 * per submission, sorted by name, RFC 4180 quoting.
 *
 * <p>The name comes from a student's folder, so a cell that a spreadsheet would run as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}, as OWASP's
 * advice on CSV injection says. Only this file is changed so: each submission's {@code results.json} and its
 * folder under the output keep the exact name.
 */
public final class Gradebook {

    public static final String HEADER = "submission,task1,task2,task3,task4,total,max,status";

    private Gradebook() {}

    public static void write(List<GradeReport> reports, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        reports.stream().sorted(Comparator.comparing(GradeReport::submission)).forEach(r -> lines.add(String.join(",",
                quote(r.submission()), String.valueOf(r.scoreOf(1)), String.valueOf(r.scoreOf(2)),
                String.valueOf(r.scoreOf(3)), String.valueOf(r.scoreOf(4)), String.valueOf(r.score()),
                String.valueOf(r.maxScore()), quote(r.status()))));
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
