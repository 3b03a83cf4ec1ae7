package homework.spinner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Task 5: a spinner thread prints {@code | / - \} while the calling thread runs the work.
 *
 * <pre>{@code
 * String s = Spinner.withSpinner(() -> { Thread.sleep(3000); return "done"; }, Duration.ofMillis(100));
 * }</pre>
 */
public final class Spinner {

    private static final String[] FRAMES = {"|", "/", "-", "\\"};

    private Spinner() {
    }

    /**
     * Runs {@code work} in the calling thread while a spinner thread prints a frame every {@code frameInterval},
     * and returns its result (or rethrows its exception) once the spinner thread has ended.
     */
    public static <T> T withSpinner(Callable<T> work, Duration frameInterval) throws Exception {
        Objects.requireNonNull(work, "work must not be null");
        Objects.requireNonNull(frameInterval, "frameInterval must not be null");
        if (frameInterval.isZero() || frameInterval.isNegative()) {
            throw new IllegalArgumentException("frameInterval must be positive, was " + frameInterval);
        }
        Thread spinner = new Thread(() -> spin(frameInterval.toNanos()), "spinner");
        spinner.start();
        try {
            return work.call();
        } finally {
            // Whether the work returned or threw: stop the spinner and wait until its thread has ended.
            spinner.interrupt();
            spinner.join();
        }
    }

    /** Prints the frames at a fixed rate (frame k at start + k intervals) until interrupted. */
    private static void spin(long intervalNanos) {
        long start = System.nanoTime();
        try {
            for (long k = 0; !Thread.currentThread().isInterrupted(); k++) {
                System.out.println(FRAMES[(int) (k % FRAMES.length)]);
                long next = start + (k + 1) * intervalNanos;
                TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
            }
        } catch (InterruptedException e) {
            // asked to stop: end the thread
        }
    }

    /** The original homework: a spinner, one frame every 200 ms, beside five seconds of work. */
    public static void main(String[] args) throws Exception {
        String result = withSpinner(() -> {
            Thread.sleep(5000);
            return "done";
        }, Duration.ofMillis(200));
        System.out.println(result);
    }
}
