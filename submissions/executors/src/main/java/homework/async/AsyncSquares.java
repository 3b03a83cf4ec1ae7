package homework.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Each call gets a small pool of its own for the work; the JDK's delay scheduler hands every item to that
 * pool once its delay is over (nothing sleeps), and the pool is shut down when the last item is done.
 */
public class AsyncSquares {

    private static final int WORKERS = 2;

    public static CompletableFuture<List<Long>> squares(List<Integer> numbers, Duration delay) {
        List<Integer> input = List.copyOf(numbers);
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must be >= 0");
        }
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "async-squares-worker");
            t.setDaemon(true);
            return t;
        });
        Executor afterDelay = CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, pool);

        List<CompletableFuture<Long>> futures = new ArrayList<>();
        for (Integer x : input) {
            futures.add(CompletableFuture.supplyAsync(() -> x.longValue() * x.longValue(), afterDelay));
        }
        CompletableFuture<List<Long>> result = CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0]))
                .thenApply(v -> {
                    List<Long> squares = new ArrayList<>(futures.size());
                    futures.forEach(f -> squares.add(f.join()));
                    return squares;
                });
        result.whenComplete((v, e) -> pool.shutdown());
        return result;
    }

    public static void main(String[] args) throws Exception {
        System.out.println(squares(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Duration.ofSeconds(1)).get());
    }
}
