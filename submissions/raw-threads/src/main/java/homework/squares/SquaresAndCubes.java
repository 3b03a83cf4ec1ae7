package homework.squares;

import java.util.ArrayList;
import java.util.List;

public class SquaresAndCubes {

    public record Result(List<Long> squares, List<Long> cubes) {}

    /** Computes i^power for i = 1..n into its own array and prints each line. */
    private static final class PowerPrinter implements Runnable {
        private final int n;
        private final int power;
        private final long[] values;

        PowerPrinter(int n, int power) {
            this.n = n;
            this.power = power;
            this.values = new long[n];
        }

        @Override
        public void run() {
            for (int i = 1; i <= n; i++) {
                long value = 1;
                for (int k = 0; k < power; k++) {
                    value *= i;
                }
                values[i - 1] = value;
                System.out.println(i + "^" + power + " = " + value);
            }
        }

        List<Long> values() {
            List<Long> list = new ArrayList<>(values.length);
            for (long v : values) {
                list.add(v);
            }
            return List.copyOf(list);
        }
    }

    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0: " + n);
        }
        PowerPrinter squareJob = new PowerPrinter(n, 2);
        PowerPrinter cubeJob = new PowerPrinter(n, 3);
        Thread t1 = new Thread(squareJob);
        Thread t2 = new Thread(cubeJob);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        return new Result(squareJob.values(), cubeJob.values());
    }

    public static void main(String[] args) throws InterruptedException {
        Result r = compute(10);
        System.out.println(r);
    }
}
