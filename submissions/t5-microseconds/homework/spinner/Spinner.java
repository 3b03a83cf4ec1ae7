package homework.spinner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Correct but for a unit: the interval's milliseconds are slept as microseconds, so frames come 1000 times too fast. */
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
                    TimeUnit.MICROSECONDS.sleep(frameInterval.toMillis());
                }
            } catch (InterruptedException e) {
                // stop
            }
        });
        spinner.start();
        try {
            return work.call();
        } finally {
            spinner.interrupt();
            spinner.join();
        }
    }
}
