package homework.async;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Task 3: the squares of a list, computed asynchronously.
 *
 * <p>{@link #squares(List, Duration)} returns at once a future of the squares of {@code numbers}, in input order.
 * Each item's processing takes {@code delay} <em>without blocking a thread for it</em>: use
 * {@code CompletableFuture.delayedExecutor} or a {@code ScheduledExecutorService}, not {@code Thread.sleep}. All the
 * delays overlap, so the whole list completes after about one delay, whatever its length (10,000 items too).
 * An empty list gives an empty list after at most one delay. Squares can exceed {@code int}: compute them in
 * {@code long}.
 *
 * <pre>{@code
 * CompletableFuture<List<Long>> f = AsyncSquares.squares(List.of(3, -2, 5), Duration.ofSeconds(1));
 * f.join();   // [9, 4, 25], about one second after the call
 * }</pre>
 */
public final class AsyncSquares {

    private AsyncSquares() {}

    /**
     * Starts computing the squares of {@code numbers} and returns without waiting for them.
     *
     * @param numbers the numbers to square, in the order the result must keep
     * @param delay the simulated processing time of each item, not negative
     * @return a future that completes with the squares in input order about one delay after the call
     * @throws IllegalArgumentException if {@code delay} is negative
     * @throws NullPointerException if {@code numbers}, one of its items or {@code delay} is null
     */
    public static CompletableFuture<List<Long>> squares(List<Integer> numbers, Duration delay) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The original homework: the squares of 1 to 10, each with a one-second delay. */
    public static void main(String[] args) {
        List<Integer> numbers = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        System.out.println(squares(numbers, Duration.ofSeconds(1)).join());
    }
}
