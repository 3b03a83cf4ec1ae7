package homework.squares;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;

public class SquaresAndCubes {

    public record Result(List<Long> squares, List<Long> cubes) {}

    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException("negative n: " + n);
        }
        List<Long> squares = new ArrayList<>();
        List<Long> cubes = new ArrayList<>();
        CyclicBarrier startTogether = new CyclicBarrier(2);   // neither starts printing before the other is up
        CountDownLatch finished = new CountDownLatch(2);      // the caller waits on this, not on join()

        new Thread(worker(n, 2, squares, startTogether, finished), "squares").start();
        new Thread(worker(n, 3, cubes, startTogether, finished), "cubes").start();

        finished.await();   // countDown/await: everything written before countDown is visible here
        if (squares.size() != n || cubes.size() != n) {
            throw new IllegalStateException("a worker did not finish its work");
        }
        return new Result(List.copyOf(squares), List.copyOf(cubes));
    }

    private static Runnable worker(int n, int power, List<Long> out, CyclicBarrier start, CountDownLatch done) {
        return () -> {
            try {
                start.await();
                for (int i = 1; i <= n; i++) {
                    long v = power == 2 ? (long) i * i : (long) i * i * i;
                    out.add(v);
                    System.out.println(i + "^" + power + " = " + v);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (BrokenBarrierException e) {
                // the other worker was interrupted before starting: give up too
            } finally {
                done.countDown();
            }
        };
    }

    public static void main(String[] args) throws InterruptedException {
        Result r = compute(10);
        System.out.println(r.squares());
        System.out.println(r.cubes());
    }
}
