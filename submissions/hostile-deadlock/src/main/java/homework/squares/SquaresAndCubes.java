package homework.squares;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Task 1, HOSTILE (corpus case {@code hostile-deadlock}): the square thread and the cube thread take two locks in
 * opposite order and deadlock, and {@code compute} joins them forever.
 *
 * <p>The deadlock is certain, not a matter of timing: each thread takes its first lock, then waits on a latch until
 * the other one holds its own first lock too, and only then asks for its second lock, which the other holds. Both
 * are then {@code BLOCKED} on a monitor for good (a monitor wait cannot be interrupted), and neither ever prints.
 */
public final class SquaresAndCubes {

    /** The squares and the cubes of 1..n, in order (given by the assignment, not to be changed). */
    public record Result(List<Long> squares, List<Long> cubes) {}

    private SquaresAndCubes() {
    }

    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more, was " + n);
        }

        List<Long> squares = new ArrayList<>(n);
        List<Long> cubes = new ArrayList<>(n);
        Object first = new Object();
        Object second = new Object();
        // Opens once both threads hold their first lock: from then on neither can get its second one.
        CountDownLatch bothHoldOne = new CountDownLatch(2);

        Thread squareThread = new Thread(() -> {
            synchronized (first) {
                awaitBoth(bothHoldOne);
                synchronized (second) {   // held by the cube thread, which waits for `first`: never acquired
                    for (int i = 1; i <= n; i++) {
                        long square = (long) i * i;
                        squares.add(square);
                        System.out.println(i + "^2 = " + square);
                    }
                }
            }
        }, "squares");

        Thread cubeThread = new Thread(() -> {
            synchronized (second) {
                awaitBoth(bothHoldOne);
                synchronized (first) {    // held by the square thread, which waits for `second`: never acquired
                    for (int i = 1; i <= n; i++) {
                        long cube = (long) i * i * i;
                        cubes.add(cube);
                        System.out.println(i + "^3 = " + cube);
                    }
                }
            }
        }, "cubes");

        squareThread.start();
        cubeThread.start();
        squareThread.join();   // forever
        cubeThread.join();

        return new Result(List.copyOf(squares), List.copyOf(cubes));
    }

    /** Counts down, then waits until both threads have; an interrupt does not get a thread out of the deadlock. */
    private static void awaitBoth(CountDownLatch latch) {
        latch.countDown();
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The original homework: the squares and cubes of 1 to 10 (deadlocks). */
    public static void main(String[] args) throws InterruptedException {
        Result result = compute(10);
        System.out.println("squares: " + result.squares());
        System.out.println("cubes:   " + result.cubes());
    }
}
