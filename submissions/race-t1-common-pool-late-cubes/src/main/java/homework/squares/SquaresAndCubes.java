package homework.squares;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Task 1: two jobs on the common pool, one computing the squares and the other the cubes of 1..n.
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
     * Hands the squares and the cubes of 1..n to the common pool as two jobs, waits for both and returns their
     * values.
     *
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more, was " + n);
        }

        // Each job fills its own list and nobody else touches it until the job has finished:
        // join() below guarantees that the caller then sees everything the job wrote.
        List<Long> squares = new ArrayList<>(n);
        List<Long> cubes = new ArrayList<>(n);

        // Two jobs for the common pool. The cube job is handed over 50 ms after the square job: left alone, the
        // pool thread has finished the squares by then and is free to take the cubes too.
        CompletableFuture<Void> squareJob = CompletableFuture.runAsync(() -> {
            for (int i = 1; i <= n; i++) {
                long square = (long) i * i;
                squares.add(square);
                System.out.println(i + "^2 = " + square);
            }
        });
        Thread.sleep(50);
        CompletableFuture<Void> cubeJob = CompletableFuture.runAsync(() -> {
            for (int i = 1; i <= n; i++) {
                long cube = (long) i * i * i;
                cubes.add(cube);
                System.out.println(i + "^3 = " + cube);
            }
        });
        CompletableFuture.allOf(squareJob, cubeJob).join();

        return new Result(List.copyOf(squares), List.copyOf(cubes));
    }

    /** The original homework: the squares and cubes of 1 to 10. */
    public static void main(String[] args) throws InterruptedException {
        Result result = compute(10);
        System.out.println("squares: " + result.squares());
        System.out.println("cubes:   " + result.cubes());
    }
}
