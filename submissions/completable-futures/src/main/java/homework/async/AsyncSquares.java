package homework.async;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * completeOnTimeout as a timer: an item's future is completed by the JDK's shared delay thread when the delay
 * runs out, and the square is then computed on the default async executor. Nothing blocks.
 */
public class AsyncSquares {

    public static CompletableFuture<List<Long>> squares(List<Integer> numbers, Duration delay) {
        List<Integer> input = List.copyOf(numbers);
        if (Objects.requireNonNull(delay).isNegative()) {
            throw new IllegalArgumentException("delay must be >= 0");
        }
        long nanos = delay.toNanos();
        List<CompletableFuture<Long>> items = input.stream()
                .map(x -> new CompletableFuture<Integer>()
                        .completeOnTimeout(x, nanos, TimeUnit.NANOSECONDS)
                        .thenApplyAsync(v -> (long) v * v))
                .collect(Collectors.toList());
        return CompletableFuture.allOf(items.toArray(CompletableFuture<?>[]::new))
                .thenApply(done -> items.stream().map(CompletableFuture::join).collect(Collectors.toList()));
    }

    public static void main(String[] args) {
        squares(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Duration.ofSeconds(1))
                .thenAccept(System.out::println)
                .join();
    }
}
