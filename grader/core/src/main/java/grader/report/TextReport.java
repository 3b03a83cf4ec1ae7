package grader.report;

import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
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

    /** Where a row's feedback starts: under its id. */
    private static final String FEEDBACK_INDENT = " ".repeat(12);

    private TextReport() {}

    public static void print(GradeReport report, Catalog catalog, PrintWriter out) {
        Language language = catalog.language();
        String seed = Long.toString(report.seed());
        out.println(catalog.text("report.grading", "submission", report.submission(), "seed", seed));
        for (Localized note : report.notes()) {
            out.println(catalog.text("report.note", "note", note.in(language)));
        }
        String passed = catalog.text("report.passed");
        String failed = catalog.text("report.failed");
        int markWidth = Math.max(passed.length(), failed.length()) + 1;
        for (TaskResult task : report.tasks()) {
            out.println();
            String heading = catalog.text("report.task", "number", Integer.toString(task.number()), "title",
                    task.title().in(language));
            out.println(row(heading + (task.status() == TaskStatus.GRADED ? ""
                    : "  [" + catalog.text("status." + task.status().label()) + "]"),
                    task.score() + "/" + task.maxScore()));
            for (Localized message : task.messages()) {
                message.in(language).lines().forEach(line -> out.println("  " + line));
            }
            if (task.status() != TaskStatus.GRADED) {
                continue;
            }
            String previous = "";
            for (CheckResult check : task.checks()) {
                String mark = String.format(Locale.ROOT, "%-" + markWidth + "s", check.passed() ? passed : failed);
                out.println(row("  " + mark + check.id() + "  " + check.title().in(language),
                        check.points() + "/" + check.maxPoints()));
                if (check.passed()) {
                    continue;
                }
                String feedback = check.feedback().in(language);
                if (feedback.equals(previous)) {
                    out.println(FEEDBACK_INDENT + catalog.text("report.same-reason"));
                } else {
                    feedback.lines().forEach(line -> out.println(FEEDBACK_INDENT + line));
                }
                previous = feedback;
            }
        }
        out.println();
        out.println(row(catalog.text("report.total"), report.score() + "/" + report.maxScore()));
        report.pass().ifPresent(mark -> out.println(catalog.text("report.pass-mark", "mark", mark.toString(),
                "passed", report.passed().orElseThrow().toString())));
        out.println(catalog.text("report.graded-in", "seconds", report.seconds(), "sandbox", report.sandbox().in(catalog.language())));
        out.flush();
    }

    /** A label and a score on one line, the label cut to fit. */
    private static String row(String label, String score) {
        int room = WIDTH - score.length() - 1;
        String shown = label.length() > room ? label.substring(0, room - 3) + "..." : label;
        return shown + " ".repeat(Math.max(1, WIDTH - shown.length() - score.length())) + score;
    }
}
