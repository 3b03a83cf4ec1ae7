package homework.counting;

import java.time.Duration;

/**
 * Task 2: several threads each count from 1 to 10 with a delay between two numbers.
 *
 * <p>{@link #run(int, Duration)} starts {@code threads} threads. Each prints the numbers 1 to 10, one per line,
 * waiting {@code delay} between two consecutive numbers (a wait before the first number or after the last is
 * allowed). A line is the number alone ({@code 7}) or a label, {@code ": "} and the number ({@code counter-2: 7}).
 * All threads count at the same time, so the whole run takes about 9 delays however many threads there are;
 * {@code run} returns once every thread has finished.
 *
 * <pre>{@code
 * DelayedCounting.run(3, Duration.ofSeconds(1));   // three counters, about 9 seconds
 * }</pre>
 */
public final class DelayedCounting {

    private DelayedCounting() {}

    /**
     * Runs {@code threads} counters at the same time and returns when all have finished.
     *
     * @param threads how many counting threads, at least 1
     * @param delay the wait between two consecutive numbers of one thread, not negative
     * @throws IllegalArgumentException if {@code threads < 1} or {@code delay} is negative, before any thread starts
     * @throws NullPointerException if {@code delay} is null
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static void run(int threads, Duration delay) throws InterruptedException {
        throw new UnsupportedOperationException("TODO");
    }

    /** The original homework: three counters, one second between numbers. */
    public static void main(String[] args) throws InterruptedException {
        run(3, Duration.ofSeconds(1));
    }
}
