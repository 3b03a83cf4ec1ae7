package homework.squares;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Task 1: two threads, one computing the squares and the other the cubes of 1..n.
 *
 * <pre>{@code
 * SquaresAndCubes.Result r = SquaresAndCubes.compute(3);   // prints 1^2 = 1 ... 3^3 = 27 from two threads
 * r.squares();   // [1, 4, 9]
 * r.cubes();     // [1, 8, 27]
 * }</pre>
 */
public final class SquaresAndCubes {

    /** The squares and the cubes of 1..n, in order (given by the assignment, not to be changed). */
    public record Result(List<Long> squares, List<Long> cubes) {}

    private SquaresAndCubes() {
    }

    /**
     * Runs one job for the squares and one for the cubes of 1..n on a pool, waits for both and returns their values.
     *
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more, was " + n);
        }

        // Each job fills its own list and nobody else touches it until the job has finished:
        // Future.get() below guarantees that the caller then sees everything the job wrote.
        List<Long> squares = new ArrayList<>(n);
        List<Long> cubes = new ArrayList<>(n);

        Runnable squareJob = () -> {
            for (int i = 1; i <= n; i++) {
                long square = (long) i * i;
                squares.add(square);
                System.out.println(i + "^2 = " + square);
            }
        };

        Runnable cubeJob = () -> {
            for (int i = 1; i <= n; i++) {
                long cube = (long) i * i * i;
                cubes.add(cube);
                System.out.println(i + "^3 = " + cube);
            }
        };

        // A pool of two workers runs both jobs; wait for both results.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> squaresDone = pool.submit(squareJob);
        Future<?> cubesDone = pool.submit(cubeJob);
        try {
            squaresDone.get();
            cubesDone.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }

        return new Result(List.copyOf(squares), List.copyOf(cubes));
    }

    /** The original homework: the squares and cubes of 1 to 10. */
    public static void main(String[] args) throws InterruptedException {
        Result result = compute(10);
        System.out.println("squares: " + result.squares());
        System.out.println("cubes:   " + result.cubes());
    }
}
