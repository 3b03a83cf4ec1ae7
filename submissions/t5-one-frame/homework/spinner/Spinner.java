package homework.spinner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** The spinner thread prints its first frame and then only waits to be stopped. */
public final class Spinner {

    private Spinner() {
    }

    public static <T> T withSpinner(Callable<T> work, Duration frameInterval) throws Exception {
        Objects.requireNonNull(work);
        if (frameInterval.isNegative() || frameInterval.isZero()) {
            throw new IllegalArgumentException("frameInterval");
        }
        CountDownLatch stop = new CountDownLatch(1);
        Thread spinner = new Thread(() -> {
            System.out.println("|");
            try {
                stop.await();
            } catch (InterruptedException e) {
                // stop
            }
        });
        spinner.start();
        try {
            return work.call();
        } finally {
            stop.countDown();
            spinner.join();
        }
    }
}
