package grader.report;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The student's view of a {@link GradeReport}: a table per task, and under every lost point the feedback that
 * says why.
 *
 * <pre>
 * Task 1  Squares and cubes                                         19/25
 *   PASS 1.1  returned squares are right (n = 10, and an n ...)     4/4
 *   FAIL 1.4  the square thread and the cube thread were alive ...  0/6
 *             Your cube thread only started after the square thread had finished: ...
 * </pre>
 */
public final class TextReport {

    private static final int WIDTH = 72;

    private TextReport() {}

    public static void print(GradeReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "Grading %s (seed %d; replay with --seed %d)%n", report.submission(), report.seed(),
                report.seed());
        for (String note : report.notes()) {
            out.println("Note: " + note);
        }
        for (TaskResult task : report.tasks()) {
            out.println();
            out.println(row("Task " + task.number() + "  " + task.title()
                    + (task.status() == TaskStatus.GRADED ? "" : "  [" + task.status().label() + "]"),
                    task.score() + "/" + task.maxScore()));
            for (String message : task.messages()) {
                message.lines().forEach(line -> out.println("  " + line));
            }
            if (task.status() != TaskStatus.GRADED) {
                continue;
            }
            String previous = "";
            for (CheckResult check : task.checks()) {
                out.println(row("  " + (check.passed() ? "PASS " : "FAIL ") + check.id() + "  " + check.title(),
                        check.points() + "/" + check.maxPoints()));
                if (check.passed()) {
                    continue;
                }
                if (check.feedback().equals(previous)) {
                    out.println("            (the same reason as above)");
                } else {
                    check.feedback().lines().forEach(line -> out.println("            " + line));
                }
                previous = check.feedback();
            }
        }
        out.println();
        out.println(row("Total", report.score() + "/" + report.maxScore()));
        out.printf(Locale.ROOT, "Graded in %.1f s; student code ran as: %s%n", report.seconds(), report.sandbox());
        out.flush();
    }

    /** A label and a score on one line, the label cut to fit. */
    private static String row(String label, String score) {
        int room = WIDTH - score.length() - 1;
        String shown = label.length() > room ? label.substring(0, room - 3) + "..." : label;
        return shown + " ".repeat(Math.max(1, WIDTH - shown.length() - score.length())) + score;
    }
}
