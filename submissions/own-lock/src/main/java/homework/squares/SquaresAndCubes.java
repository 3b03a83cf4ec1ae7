package homework.squares;

import java.util.ArrayList;
import java.util.List;

/** Both threads print under one shared monitor, so that their lines never mix (println is atomic anyway). */
public class SquaresAndCubes {

    public record Result(List<Long> squares, List<Long> cubes) {}

    private static final Object PRINT_LOCK = new Object();

    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        List<Long> squares = new ArrayList<>();
        List<Long> cubes = new ArrayList<>();
        Thread a = new Thread(() -> {
            for (int i = 1; i <= n; i++) {
                long v = (long) i * i;
                squares.add(v);
                synchronized (PRINT_LOCK) {
                    System.out.println(i + "^2 = " + v);
                }
            }
        });
        Thread b = new Thread(() -> {
            for (int i = 1; i <= n; i++) {
                long v = (long) i * i * i;
                cubes.add(v);
                synchronized (PRINT_LOCK) {
                    System.out.println(i + "^3 = " + v);
                }
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        return new Result(squares, cubes);
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(compute(10));
    }
}
