package homework.squares;

import java.util.Arrays;
import java.util.List;

public class SquaresAndCubes {

    public record Result(List<Long> squares, List<Long> cubes) {}

    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException(String.format("n must not be negative (n = %d)", n));
        }
        Long[] squares = new Long[n];
        Long[] cubes = new Long[n];
        Thread sq = new Thread(() -> {
            for (int i = 1; i <= n; i++) {
                squares[i - 1] = (long) i * i;
                System.out.printf("%d^2 = %d%n", i, squares[i - 1]);
            }
        });
        Thread cu = new Thread(() -> {
            for (int i = 1; i <= n; i++) {
                cubes[i - 1] = (long) i * i * i;
                System.out.printf("%d^3 = %d%n", i, cubes[i - 1]);
            }
        });
        sq.start();
        cu.start();
        sq.join();
        cu.join();
        return new Result(Arrays.asList(squares), Arrays.asList(cubes));
    }

    public static void main(String[] args) throws InterruptedException {
        Result r = compute(10);
        System.out.printf("squares = %s%ncubes   = %s%n", r.squares(), r.cubes());
    }
}
