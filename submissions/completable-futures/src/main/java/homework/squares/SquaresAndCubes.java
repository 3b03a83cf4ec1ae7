package homework.squares;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class SquaresAndCubes {

    public record Result(List<Long> squares, List<Long> cubes) {}

    /** Runs every task on a brand-new thread, which ends with its task. */
    private static final Executor NEW_THREAD = task -> new Thread(task).start();

    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0");
        }
        CompletableFuture<List<Long>> squares = CompletableFuture.supplyAsync(() -> powers(n, 2), NEW_THREAD);
        CompletableFuture<List<Long>> cubes = CompletableFuture.supplyAsync(() -> powers(n, 3), NEW_THREAD);
        try {
            return squares.thenCombine(cubes, Result::new).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static List<Long> powers(int n, int p) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> {
                    long v = p == 2 ? (long) i * i : (long) i * i * i;
                    System.out.println(i + "^" + p + " = " + v);
                    return v;
                })
                .collect(Collectors.toUnmodifiableList());
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(compute(10));
    }
}
