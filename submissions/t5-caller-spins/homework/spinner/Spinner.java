package homework.spinner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;

/** Roles swapped: the work runs on a new thread and the calling thread prints the frames until it ends. */
public final class Spinner {

    private static final String[] FRAMES = {"|", "/", "-", "\\"};

    private Spinner() {
    }

    public static <T> T withSpinner(Callable<T> work, Duration frameInterval) throws Exception {
        Objects.requireNonNull(work);
        if (frameInterval.isNegative() || frameInterval.isZero()) {
            throw new IllegalArgumentException("frameInterval");
        }
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        Thread worker = new Thread(() -> {
            try {
                result[0] = work.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        worker.start();
        for (int k = 0; worker.isAlive(); k++) {
            System.out.println(FRAMES[k % FRAMES.length]);
            worker.join(frameInterval.toMillis());
        }
        worker.join();
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
