package homework.squares;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class SquaresAndCubes {

    public record Result(List<Long> squares, List<Long> cubes) {}

    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0");
        }
        // Two workers for two tasks: each task gets a worker of its own.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> squares = pool.submit(powers(n, 2));
            Future<List<Long>> cubes = pool.submit(powers(n, 3));
            return new Result(squares.get(), cubes.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        } finally {
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        }
    }

    private static Callable<List<Long>> powers(int n, int exponent) {
        return () -> {
            List<Long> values = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                long value = exponent == 2 ? (long) i * i : (long) i * i * i;
                values.add(value);
                System.out.println(i + "^" + exponent + " = " + value);
            }
            return List.copyOf(values);
        };
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(compute(10));
    }
}
