package grader.rubric;

import java.time.Duration;

/** Times as feedback shows them. */
public final class Millis {

    private Millis() {}

    /** {@code 0.4 ms}, {@code 12 ms}, {@code 1.25 s}. */
    public static String show(long nanos) {
        double ms = nanos / 1e6;
        if (ms < 10) {
            return String.format(java.util.Locale.ROOT, "%.1f ms", ms);
        }
        if (ms < 1000) {
            return String.format(java.util.Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(java.util.Locale.ROOT, "%.2f s", ms / 1000);
    }

    public static String show(Duration d) {
        return show(d.toNanos());
    }

    /** How many delays {@code nanos} is, as {@code 3.2 delays}. */
    public static String inDelays(long nanos, Duration delay) {
        return String.format(java.util.Locale.ROOT, "%.1f delays", (double) nanos / delay.toNanos());
    }
}
