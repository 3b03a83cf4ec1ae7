package homework.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One plain timer thread per call: it sleeps until the common deadline of all the items, then completes each
 * item's future. The items do not each hold a thread; the call holds one, however many items there are.
 */
public class AsyncSquares {

    public static CompletableFuture<List<Long>> squares(List<Integer> numbers, Duration delay) {
        if (numbers == null || delay == null) {
            throw new NullPointerException("numbers and delay must not be null");
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        int[] input = new int[numbers.size()];
        for (int i = 0; i < input.length; i++) {
            input[i] = numbers.get(i);   // NullPointerException for a null item, before anything starts
        }
        List<CompletableFuture<Long>> items = new ArrayList<>();
        for (int i = 0; i < input.length; i++) {
            items.add(new CompletableFuture<>());
        }
        long deadline = System.nanoTime() + delay.toNanos();

        Thread timer = new Thread(() -> {
            try {
                long left;
                while ((left = deadline - System.nanoTime()) > 0) {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                }
            } catch (InterruptedException e) {
                items.forEach(item -> item.completeExceptionally(e));
                return;
            }
            for (int i = 0; i < input.length; i++) {
                items.get(i).complete((long) input[i] * input[i]);
            }
        });
        timer.setDaemon(true);
        timer.start();

        CompletableFuture<List<Long>> result = new CompletableFuture<>();
        CompletableFuture.allOf(items.toArray(new CompletableFuture<?>[0])).whenComplete((ignored, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            List<Long> values = new ArrayList<>(items.size());
            for (CompletableFuture<Long> item : items) {
                values.add(item.join());
            }
            result.complete(values);
        });
        return result;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            numbers.add(i);
        }
        System.out.println(squares(numbers, Duration.ofSeconds(1)).get());
    }
}
