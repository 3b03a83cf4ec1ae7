package grader.batch;

import grader.report.GradeReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Progress as plain log lines: for logs, pipes and CI ({@code CI=true}). */
public final class LogProgress implements Progress {

    private final PrintWriter out;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    public LogProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(int total, int cached) {
        this.total = total;
        print(String.format(Locale.ROOT, "Grading %d submissions (%d unchanged since the last run)", total, cached));
    }

    @Override
    public void gradingFinished(GradeReport report, boolean fromCache) {
        print(String.format(Locale.ROOT, "[%d/%d] %s: %d/%d, %s%s", done.incrementAndGet(), total,
                report.submission(), report.score(), report.maxScore(), report.status(),
                fromCache ? " (unchanged, not graded again)" : String.format(Locale.ROOT, " (%.1f s)",
                        report.seconds())));
    }

    @Override
    public void finished(double seconds) {
        print(String.format(Locale.ROOT, "Done in %.1f s", seconds));
    }

    private synchronized void print(String line) {
        out.println(line);
        out.flush();
    }
}
