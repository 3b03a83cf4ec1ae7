package homework.squares;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class SquaresAndCubes {

    public record Result(List<Long> squares, List<Long> cubes) {}

    static class SquareThread extends Thread {
        private final int n;
        final List<Long> squares = new ArrayList<>();

        SquareThread(int n) {
            super("square-thread");
            this.n = n;
        }

        @Override
        public void run() {
            for (int i = 1; i <= n; i++) {
                long s = (long) i * i;
                squares.add(s);
                System.out.println(i + "^2 = " + s);
            }
        }
    }

    static class CubeThread extends Thread {
        private final int n;
        final List<Long> cubes = new ArrayList<>();

        CubeThread(int n) {
            super("cube-thread");
            this.n = n;
        }

        @Override
        public void run() {
            for (int i = 1; i <= n; i++) {
                long c = (long) i * i * i;
                cubes.add(c);
                System.out.println(i + "^3 = " + c);
            }
        }
    }

    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        SquareThread squareThread = new SquareThread(n);
        CubeThread cubeThread = new CubeThread(n);
        squareThread.start();
        cubeThread.start();
        squareThread.join();
        cubeThread.join();
        return new Result(Collections.unmodifiableList(squareThread.squares),
                Collections.unmodifiableList(cubeThread.cubes));
    }

    public static void main(String[] args) throws InterruptedException {
        Result result = compute(10);
        System.out.println("Squares: " + result.squares());
        System.out.println("Cubes: " + result.cubes());
    }
}
