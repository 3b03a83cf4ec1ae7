package homework.spinner;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** scheduleWithFixedDelay, stopped by cancelling the task, then shutdown and awaitTermination. */
public final class Spinner {

    private Spinner() {
    }

    public static <T> T withSpinner(Callable<T> work, Duration frameInterval) throws Exception {
        if (work == null) {
            throw new NullPointerException();
        }
        long ms = frameInterval.toMillis();
        if (ms <= 0) {
            throw new IllegalArgumentException("frameInterval <= 0");
        }
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(1, r -> new Thread(r, "spinner"));
        int[] frame = {0};
        ScheduledFuture<?> task = pool.scheduleWithFixedDelay(() -> {
            System.out.println("|/-\\".charAt(frame[0]));
            frame[0] = (frame[0] + 1) % 4;
        }, 0, ms, TimeUnit.MILLISECONDS);
        try {
            return work.call();
        } finally {
            task.cancel(false);
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(withSpinner(() -> {
            Thread.sleep(5000);
            return "done";
        }, Duration.ofMillis(200)));
    }
}
