package homework.spinner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** runAsync on its own executor; the stop event is a CountDownLatch whose timed await is the wait between frames. */
public final class Spinner {

    private static final String FRAMES = "|/-\\";

    private Spinner() {
    }

    public static <T> T withSpinner(Callable<T> work, Duration frameInterval) throws Exception {
        Objects.requireNonNull(work);
        Objects.requireNonNull(frameInterval);
        if (frameInterval.compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("frameInterval must be positive: " + frameInterval);
        }
        CountDownLatch stop = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CompletableFuture<Void> spinner = CompletableFuture.runAsync(() -> {
            int i = 0;
            try {
                do {
                    System.out.println(FRAMES.charAt(i++ % FRAMES.length()));
                } while (!stop.await(frameInterval.toNanos(), TimeUnit.NANOSECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, executor);
        try {
            return work.call();
        } finally {
            stop.countDown();
            spinner.join();
            executor.shutdown();
            executor.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(withSpinner(() -> {
            Thread.sleep(5000);
            return "done";
        }, Duration.ofMillis(200)));
    }
}
