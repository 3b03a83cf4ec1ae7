package grader.rubric;

import grader.text.Message;
import java.time.Duration;

/** Times as feedback shows them, through the catalog: {@code 0.4 ms} in English, {@code 0,4 мс} in Russian. */
public final class Millis {

    private Millis() {}

    /** {@code 0.4 ms}, {@code 12 ms}, {@code 1.25 s}. */
    public static Message of(long nanos) {
        double ms = nanos / 1e6;
        if (ms < 10) {
            return Message.of("rubric.common.ms-tenths", "ms", ms);
        }
        if (ms < 1000) {
            return Message.of("rubric.common.ms", "ms", ms);
        }
        return Message.of("rubric.common.seconds", "seconds", ms / 1000);
    }

    public static Message of(Duration d) {
        return of(d.toNanos());
    }

    /** How many delays {@code nanos} is, as {@code 3.2 delays} ({@code 3,2 задержки}). */
    public static Message delays(long nanos, Duration delay) {
        return Message.of("rubric.common.delays", "delays", (double) nanos / delay.toNanos());
    }
}
