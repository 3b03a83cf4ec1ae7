package homework.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CompletableFuture;

/** A java.util.Timer per call (one daemon thread) runs a TimerTask per item after the delay. */
public class AsyncSquares {

    public static CompletableFuture<List<Long>> squares(List<Integer> numbers, Duration delay) {
        List<Integer> input = List.copyOf(numbers);
        if (delay.isNegative()) {
            throw new IllegalArgumentException(String.format("delay = %s", delay));
        }
        long delayMillis = (delay.toNanos() + 999_999) / 1_000_000;   // Timer counts in ms: round up, never early

        Timer timer = new Timer("async-squares-timer", true);
        List<CompletableFuture<Long>> items = new ArrayList<>();
        for (int x : input) {
            CompletableFuture<Long> item = new CompletableFuture<>();
            timer.schedule(new TimerTask() {
                @Override
                public void run() {
                    item.complete((long) x * x);
                }
            }, delayMillis);
            items.add(item);
        }
        CompletableFuture<List<Long>> result = CompletableFuture.allOf(items.toArray(new CompletableFuture<?>[0]))
                .thenApply(v -> {
                    List<Long> out = new ArrayList<>();
                    items.forEach(i -> out.add(i.join()));
                    return out;
                });
        result.whenComplete((v, e) -> timer.cancel());
        return result;
    }

    public static void main(String[] args) {
        List<Long> squares = squares(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Duration.ofSeconds(1)).join();
        System.out.printf("squares: %s%n", squares);
    }
}
