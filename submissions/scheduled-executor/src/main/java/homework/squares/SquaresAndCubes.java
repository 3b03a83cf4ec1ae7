package homework.squares;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Each series has a single-thread scheduler of its own; both jobs are scheduled to start right away. */
public class SquaresAndCubes {

    public record Result(List<Long> squares, List<Long> cubes) {}

    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException("n = " + n);
        }
        ScheduledExecutorService squareScheduler = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService cubeScheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            ScheduledFuture<List<Long>> squares = squareScheduler.schedule(() -> series(n, 2), 0, TimeUnit.MILLISECONDS);
            ScheduledFuture<List<Long>> cubes = cubeScheduler.schedule(() -> series(n, 3), 0, TimeUnit.MILLISECONDS);
            return new Result(squares.get(), cubes.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            squareScheduler.shutdown();
            cubeScheduler.shutdown();
            squareScheduler.awaitTermination(1, TimeUnit.MINUTES);
            cubeScheduler.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static List<Long> series(int n, int exponent) {
        List<Long> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            long v = 1;
            for (int k = 0; k < exponent; k++) {
                v *= i;
            }
            out.add(v);
            System.out.println(i + "^" + exponent + " = " + v);
        }
        return List.copyOf(out);
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(compute(10));
    }
}
