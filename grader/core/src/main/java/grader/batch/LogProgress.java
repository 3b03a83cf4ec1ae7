package grader.batch;

import grader.report.GradeReport;
import grader.report.StatusText;
import grader.text.Catalog;
import grader.text.Language;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** Progress as plain log lines, in the catalog's language: for logs, pipes and CI ({@code CI=true}). */
public final class LogProgress implements Progress {

    private final PrintWriter out;
    private final Catalog catalog;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    /** Progress in English. */
    public LogProgress(PrintWriter out) {
        this(out, Catalog.of(Language.EN));
    }

    public LogProgress(PrintWriter out, Catalog catalog) {
        this.out = out;
        this.catalog = catalog;
    }

    @Override
    public void started(int total, int cached) {
        this.total = total;
        print(catalog.text("batch.log.started", "total", total, "cached", cached));
    }

    @Override
    public void gradingFinished(GradeReport report, boolean fromCache) {
        // counts and scores as strings: ICU would group a 4-digit count (1,234), which a counter does not need
        String count = done.incrementAndGet() + "/" + total;
        String score = report.score() + "/" + report.maxScore();
        String status = StatusText.of(report.status(), catalog);
        print(fromCache
                ? catalog.text("batch.log.unchanged", "count", count, "submission", report.submission(),
                        "score", score, "status", status)
                : catalog.text("batch.log.graded", "count", count, "submission", report.submission(),
                        "score", score, "status", status, "seconds", report.seconds()));
    }

    @Override
    public void finished(double seconds) {
        print(catalog.text("batch.log.finished", "seconds", seconds));
    }

    private synchronized void print(String line) {
        out.println(line);
        out.flush();
    }
}
