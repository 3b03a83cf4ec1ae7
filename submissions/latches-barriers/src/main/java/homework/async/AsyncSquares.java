package homework.async;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Every item is scheduled through the JDK's delayed executor (no thread sleeps for an item) and counts a latch
 * down when done. One completer thread per call waits on the latch and completes the result: the call holds
 * one thread, not one per item.
 */
public class AsyncSquares {

    public static CompletableFuture<List<Long>> squares(List<Integer> numbers, Duration delay) {
        Integer[] input = numbers.toArray(new Integer[0]);
        for (Integer x : input) {
            if (x == null) {
                throw new NullPointerException("null item in numbers");
            }
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        Long[] out = new Long[input.length];
        CountDownLatch remaining = new CountDownLatch(input.length);
        CompletableFuture<List<Long>> result = new CompletableFuture<>();

        Thread completer = new Thread(() -> {
            try {
                remaining.await();
                result.complete(Arrays.asList(out));
            } catch (InterruptedException e) {
                result.completeExceptionally(e);
            }
        }, "async-squares-completer");
        completer.setDaemon(true);
        completer.start();

        Executor afterDelay = CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS);
        for (int i = 0; i < input.length; i++) {
            int index = i;
            afterDelay.execute(() -> {
                long x = input[index];
                out[index] = x * x;
                remaining.countDown();
            });
        }
        return result;
    }

    public static void main(String[] args) {
        System.out.println(squares(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Duration.ofSeconds(1)).join());
    }
}
