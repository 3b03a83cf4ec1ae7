package grader.batch;

import grader.report.GradeReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Progress as one line redrawn in place on a terminal:
 * {@code [########......] 12/35  elapsed 0:41  left ~1:20  grading alice, bob}.
 */
public final class TerminalProgress implements Progress {

    private static final int BAR = 24;

    private final PrintWriter out;
    private final Set<String> current = new TreeSet<>();
    private long startNanos;
    private int total;
    private int done;
    private int graded;
    private double gradedSeconds;

    public TerminalProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void started(int total, int cached) {
        this.total = total;
        this.startNanos = System.nanoTime();
        draw();
    }

    @Override
    public synchronized void gradingStarted(String submission) {
        current.add(submission);
        draw();
    }

    @Override
    public synchronized void gradingFinished(GradeReport report, boolean fromCache) {
        current.remove(report.submission());
        done++;
        if (!fromCache) {
            graded++;
            gradedSeconds += report.seconds();
        }
        draw();
    }

    @Override
    public synchronized void finished(double seconds) {
        out.print("\r\033[K");
        out.printf(Locale.ROOT, "Graded %d submissions in %s%n", total, clock(seconds));
        out.flush();
    }

    private void draw() {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        int filled = total == 0 ? BAR : done * BAR / total;
        String eta = done == 0 || done == total ? "" : "  left ~" + clock(elapsed / done * (total - done));
        String now = current.isEmpty() ? "" : "  grading " + String.join(", ", current);
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d  elapsed %s%s%s", "#".repeat(filled),
                ".".repeat(BAR - filled), done, total, clock(elapsed), eta, now);
        out.print("\r\033[K" + (line.length() > 150 ? line.substring(0, 147) + "..." : line));
        out.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
