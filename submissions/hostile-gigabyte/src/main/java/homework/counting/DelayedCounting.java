package homework.counting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Task 2: several threads counting from 1 to 10 at the same time, with a delay between two numbers.
 *
 * <pre>{@code
 * DelayedCounting.run(3, Duration.ofSeconds(1));   // three threads print 1..10 each; takes about 9 seconds
 * }</pre>
 */
public final class DelayedCounting {

    private static final int LAST_NUMBER = 10;

    private DelayedCounting() {
    }

    /**
     * Starts {@code threads} counting threads and returns once all of them have finished.
     *
     * @throws IllegalArgumentException if {@code threads < 1} or {@code delay} is negative
     * @throws NullPointerException     if {@code delay} is null
     */
    public static void run(int threads, Duration delay) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        Objects.requireNonNull(delay, "delay must not be null");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }

        List<Thread> counters = new ArrayList<>(threads);
        for (int t = 1; t <= threads; t++) {
            counters.add(new Thread(() -> countToTen(delay), "counter-" + t));
        }
        // Start them all first, then wait for them all: they count at the same time.
        for (Thread counter : counters) {
            counter.start();
        }
        for (Thread counter : counters) {
            counter.join();
        }
    }

    /** Lines each counter prints: a million lines of 1 KiB (1,023 characters and the line separator) = 1 GiB. */
    private static final int FLOOD_LINES = 1_000_000;
    private static final String FLOOD_LINE = "flood " + "#".repeat(1023 - "flood ".length());

    /**
     * HOSTILE (corpus case {@code hostile-gigabyte}): instead of counting, every counter prints a 1 KiB line a
     * million times in a tight loop, 1 GiB per counter, as fast as it can. The grader must cut the call at its
     * output limit (1 MiB, reached after about a thousand lines) without filling its memory or the disk, and without
     * waiting for the flood to end.
     */
    private static void countToTen(Duration delay) {
        for (int i = 0; i < FLOOD_LINES; i++) {
            System.out.println(FLOOD_LINE);
        }
    }

    /** The original homework: three threads, one second between two numbers. */
    public static void main(String[] args) throws InterruptedException {
        run(3, Duration.ofSeconds(1));
    }
}
