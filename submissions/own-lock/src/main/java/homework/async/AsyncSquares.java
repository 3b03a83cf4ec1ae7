package homework.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The items write their squares into a shared array under a lock and count how many are left; the item that
 * brings the count to zero completes the result. An empty list has nothing to count, so it completes at once.
 */
public class AsyncSquares {

    public static CompletableFuture<List<Long>> squares(List<Integer> numbers, Duration delay) {
        List<Integer> input = List.copyOf(numbers);
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must be >= 0: " + delay);
        }
        CompletableFuture<List<Long>> result = new CompletableFuture<>();
        if (input.isEmpty()) {
            result.complete(new ArrayList<>());
            return result;
        }
        ReentrantLock lock = new ReentrantLock();
        long[] squares = new long[input.size()];
        int[] left = {input.size()};
        Executor later = CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS);
        for (int i = 0; i < input.size(); i++) {
            int index = i;
            long x = input.get(i);
            later.execute(() -> {
                List<Long> done = null;
                lock.lock();
                try {
                    squares[index] = x * x;
                    if (--left[0] == 0) {
                        done = Arrays.stream(squares).boxed().toList();   // the lock makes every write visible
                    }
                } finally {
                    lock.unlock();
                }
                if (done != null) {
                    result.complete(done);   // outside the lock: dependent stages run here
                }
            });
        }
        return result;
    }

    public static void main(String[] args) {
        System.out.println(squares(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Duration.ofSeconds(1)).join());
    }
}
