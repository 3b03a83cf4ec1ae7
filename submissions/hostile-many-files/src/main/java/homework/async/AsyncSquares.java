package homework.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Task 3: the squares of a list of numbers, computed asynchronously, each item taking {@code delay}.
 *
 * <pre>{@code
 * CompletableFuture<List<Long>> f = AsyncSquares.squares(List.of(1, 2, 3), Duration.ofSeconds(1));
 * // returns at once; about one second later:
 * f.join();   // [1, 4, 9]
 * }</pre>
 */
public final class AsyncSquares {

    private AsyncSquares() {
    }

    /**
     * Returns at once a future of the squares of {@code numbers}, in input order.
     *
     * <p>No thread sleeps: {@link CompletableFuture#delayedExecutor} hands each item to the common pool once
     * {@code delay} has passed (one shared JDK timer thread keeps the time), so all the delays overlap and the
     * whole list completes after about one delay, however long it is.
     *
     * @throws NullPointerException     if {@code numbers}, one of its items or {@code delay} is null
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public static CompletableFuture<List<Long>> squares(List<Integer> numbers, Duration delay) {
        List<Integer> input = List.copyOf(Objects.requireNonNull(numbers, "numbers must not be null"));
        Objects.requireNonNull(delay, "delay must not be null");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }

        Executor afterDelay = CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS);
        List<CompletableFuture<Long>> items = new ArrayList<>(input.size());
        for (int x : input) {
            items.add(CompletableFuture.supplyAsync(() -> square(x), afterDelay));
        }

        // allOf completes when every item has; the items are then read back in input order.
        // (With no items allOf is already complete, so an empty list gives an empty list at once.)
        return CompletableFuture.allOf(items.toArray(CompletableFuture[]::new))
                .thenApply(allDone -> items.stream().map(CompletableFuture::join).toList());
    }

    /** Widen before multiplying: 46341 * 46341 does not fit in an int. */
    private static long square(int x) {
        return (long) x * x;
    }

    /** The original homework: the squares of 1 to 10, one second of processing per item. */
    public static void main(String[] args) {
        List<Integer> numbers = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        long start = System.nanoTime();
        List<Long> result = squares(numbers, Duration.ofSeconds(1)).join();
        System.out.printf("squares of %s: %s (%d ms)%n", numbers, result, (System.nanoTime() - start) / 1_000_000);
    }
}
