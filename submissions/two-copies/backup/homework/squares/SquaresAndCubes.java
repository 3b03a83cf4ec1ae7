package homework.squares;

import java.util.List;

/**
 * Task 1: two threads compute the squares and the cubes of 1..n.
 *
 * <p>{@link #compute(int)} starts two threads: one computes and prints the square of each of 1..n in order, the
 * other the cube. Lines are {@code i^2 = v} and {@code i^3 = v}, for example {@code 3^2 = 9} and {@code 3^3 = 27},
 * printed with {@code System.out.println} by the thread that computed them. Both threads must run at the same time:
 * start the second before the first has finished. {@code compute} returns once both threads have finished, with
 * {@code squares.get(i - 1) == i * i} and {@code cubes.get(i - 1) == i * i * i}.
 *
 * <pre>{@code
 * Result r = SquaresAndCubes.compute(3);   // prints 1^2 = 1 ... 3^3 = 27 from two threads
 * r.squares();                             // [1, 4, 9]
 * r.cubes();                               // [1, 8, 27]
 * }</pre>
 */
public final class SquaresAndCubes {

    /** The two lists, given: do not change it. */
    public record Result(List<Long> squares, List<Long> cubes) {}

    private SquaresAndCubes() {}

    /**
     * Computes and prints the squares and the cubes of 1..n in two threads that run at the same time.
     *
     * @param n how many numbers, from 1 to n; {@code 0} gives two empty lists
     * @return the squares and the cubes, in order, once both threads have finished
     * @throws IllegalArgumentException if {@code n < 0}, before any thread is started
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static Result compute(int n) throws InterruptedException {
        throw new UnsupportedOperationException("TODO");
    }

    /** The original homework: squares and cubes of 1 to 10. */
    public static void main(String[] args) throws InterruptedException {
        Result result = compute(10);
        System.out.println("squares: " + result.squares());
        System.out.println("cubes:   " + result.cubes());
    }
}
