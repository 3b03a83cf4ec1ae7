package homework.counting;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

public class DelayedCounting {

    /** One new thread per counter: the counters block in sleep, so they must not share a bounded pool. */
    private static final Executor NEW_THREAD = task -> new Thread(task).start();

    public static void run(int threads, Duration delay) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        Objects.requireNonNull(delay);
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must be >= 0");
        }
        CompletableFuture<?>[] counters = IntStream.range(0, threads)
                .mapToObj(t -> CompletableFuture.runAsync(() -> count(delay), NEW_THREAD))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(counters).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void count(Duration delay) {
        for (int i = 1; i <= 10; i++) {
            if (i > 1) {
                try {
                    TimeUnit.NANOSECONDS.sleep(delay.toNanos());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CompletionException(e);
                }
            }
            System.out.println(i);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        run(3, Duration.ofSeconds(1));
    }
}
