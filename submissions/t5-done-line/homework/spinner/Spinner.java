package homework.spinner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;

/** Correct, but the spinner thread prints "Done!" when it is stopped: an extra line. */
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
            System.out.println("Done!");
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
