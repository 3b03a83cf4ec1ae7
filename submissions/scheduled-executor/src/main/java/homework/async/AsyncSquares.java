package homework.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** One scheduler thread per call; every item is a task scheduled to run once its delay is over. */
public class AsyncSquares {

    public static CompletableFuture<List<Long>> squares(List<Integer> numbers, Duration delay) {
        if (numbers == null || delay == null) {
            throw new NullPointerException("numbers and delay are required");
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay = " + delay);
        }
        List<Integer> input = List.copyOf(numbers);

        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "async-squares-scheduler");
            t.setDaemon(true);
            return t;
        });
        List<CompletableFuture<Long>> items = new ArrayList<>(input.size());
        for (int x : input) {
            CompletableFuture<Long> item = new CompletableFuture<>();
            scheduler.schedule(() -> item.complete((long) x * x), delay.toNanos(), TimeUnit.NANOSECONDS);
            items.add(item);
        }
        CompletableFuture<List<Long>> all = CompletableFuture.allOf(items.toArray(new CompletableFuture<?>[0]))
                .thenApply(v -> {
                    List<Long> squares = new ArrayList<>(items.size());
                    for (CompletableFuture<Long> item : items) {
                        squares.add(item.join());
                    }
                    return squares;
                });
        all.whenComplete((v, e) -> scheduler.shutdown());
        return all;
    }

    public static void main(String[] args) throws Exception {
        System.out.println(squares(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Duration.ofSeconds(1)).get());
    }
}
