package homework.spinner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;

/** Correct spinner, but the work's exception is wrapped in a RuntimeException. */
public final class Spinner {

    private static final String[] FRAMES = {"|", "/", "-", "\\"};

    private Spinner() {
    }

    public static <T> T withSpinner(Callable<T> work, Duration frameInterval) throws Exception {
        Objects.requireNonNull(work);
        if (frameInterval.isNegative() || frameInterval.isZero()) {
            throw new IllegalArgumentException("frameInterval");
        }
        Thread spinner = new Thread(() -> {
            try {
                for (int k = 0; !Thread.currentThread().isInterrupted(); k++) {
                    System.out.println(FRAMES[k % FRAMES.length]);
                    Thread.sleep(frameInterval.toMillis());
                }
            } catch (InterruptedException e) {
                // stop
            }
        });
        spinner.start();
        try {
            return work.call();
        } catch (Exception e) {
            throw new RuntimeException("the work failed", e);
        } finally {
            spinner.interrupt();
            spinner.join();
        }
    }
}
