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
 * The gradebook an LMS imports: {@code submission,task1,task2,task3,task4,total,max,status}, one row per
 * submission, sorted by name, RFC 4180 quoting.
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

    /** A field as CSV needs it: quoted when it holds a comma, a quote or a line break. */
    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
