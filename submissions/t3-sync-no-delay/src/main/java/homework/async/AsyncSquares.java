package homework.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

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
     * Returns a future of the squares of {@code numbers}, in input order, computed in the calling thread.
     *
     * <p>The delay is checked but never waited: the future is already complete when it is returned.
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

        List<Long> result = new ArrayList<>(input.size());
        for (int x : input) {
            result.add(square(x));
        }
        return CompletableFuture.completedFuture(result);
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
