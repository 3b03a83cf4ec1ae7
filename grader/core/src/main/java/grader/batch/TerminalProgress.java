package grader.batch;

import grader.report.GradeReport;
import grader.text.Catalog;
import grader.text.Language;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Progress as one line redrawn in place on a terminal, in the catalog's language:
 * {@code [########......] 12/35  elapsed 0:41  left ~1:20  grading alice, bob}.
 */
public final class TerminalProgress implements Progress {

    private static final int BAR = 24;

    private final PrintWriter out;
    private final Catalog catalog;
    private final Set<String> current = new TreeSet<>();
    private long startNanos;
    private int total;
    private int done;
    private int graded;
    private double gradedSeconds;

    /** Progress in English. */
    public TerminalProgress(PrintWriter out) {
        this(out, Catalog.of(Language.EN));
    }

    public TerminalProgress(PrintWriter out, Catalog catalog) {
        this.out = out;
        this.catalog = catalog;
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
        out.println(catalog.text("batch.terminal.finished", "total", total, "clock", clock(seconds)));
        out.flush();
    }

    private void draw() {
        out.print("\r\033[K" + line((System.nanoTime() - startNanos) / 1e9));
        out.flush();
    }

    /** The progress line after {@code elapsed} seconds, cut to fit a terminal. */
    synchronized String line(double elapsed) {
        int filled = total == 0 ? BAR : done * BAR / total;
        // each part a sentence of its own, so that a language may word it without the others
        StringBuilder line = new StringBuilder().append('[').append("#".repeat(filled))
                .append(".".repeat(BAR - filled)).append("] ").append(done).append('/').append(total)
                .append("  ").append(catalog.text("batch.terminal.elapsed", "clock", clock(elapsed)));
        if (done != 0 && done != total) {
            line.append("  ").append(catalog.text("batch.terminal.left", "clock",
                    clock(elapsed / done * (total - done))));
        }
        if (!current.isEmpty()) {
            line.append("  ").append(catalog.text("batch.terminal.grading", "submissions",
                    String.join(", ", current)));
        }
        return line.length() > 150 ? line.substring(0, 147) + "..." : line.toString();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
