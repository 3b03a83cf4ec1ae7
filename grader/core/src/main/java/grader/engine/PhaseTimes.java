package grader.engine;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Named spans of one grading run, in milliseconds since the grader's JVM started: the benchmark's split of a
 * run into JVM start, compiling and each task's calls. Spans may overlap (calls run in parallel). Thread-safe.
 */
public final class PhaseTimes {

    /** One span: {@code name} ran from {@code startMillis} to {@code endMillis}. */
    public record Span(String name, double startMillis, double endMillis) {

        public double millis() {
            return endMillis - startMillis;
        }
    }

    /** A span that is running; {@link #close()} ends it. */
    public interface Running extends AutoCloseable {
        @Override
        void close();
    }

    private final long origin = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
    private final List<Span> spans = new ArrayList<>();

    /** Starts a span named {@code name}. */
    public Running start(String name) {
        double start = now();
        return () -> add(new Span(name, start, now()));
    }

    public synchronized List<Span> spans() {
        return List.copyOf(spans);
    }

    /** The spans as tab-separated lines {@code name start end}, for scripts. */
    public String toTsv() {
        StringBuilder tsv = new StringBuilder();
        for (Span s : spans()) {
            tsv.append(String.format(java.util.Locale.ROOT, "%s\t%.1f\t%.1f%n", s.name(), s.startMillis(),
                    s.endMillis()));
        }
        return tsv.toString();
    }

    private synchronized void add(Span span) {
        spans.add(span);
    }

    private double now() {
        return (System.nanoTime() - origin) / 1e6;
    }
}
