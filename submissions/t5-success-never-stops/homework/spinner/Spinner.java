package homework.spinner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;

/** Stops and joins the spinner only when the work throws: on success it returns with the spinner still spinning. */
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
            spinner.interrupt();
            spinner.join();
            throw e;
        }
    }
}
