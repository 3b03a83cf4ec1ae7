package homework.counting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class DelayedCounting {

    public static void run(int threads, Duration delay) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must be >= 0");
        }
        List<Callable<Void>> counters = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            counters.add(() -> {
                for (int k = 1; k <= 10; k++) {
                    if (k > 1) {
                        TimeUnit.NANOSECONDS.sleep(delay.toNanos());
                    }
                    System.out.println(k);
                }
                return null;
            });
        }
        // As many workers as counters, so that all of them count at the same time.
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<Void> f : pool.invokeAll(counters)) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a counter failed", e.getCause());
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        run(3, Duration.ofSeconds(1));
    }
}
