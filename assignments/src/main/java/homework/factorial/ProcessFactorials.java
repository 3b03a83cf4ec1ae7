package homework.factorial;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Map;

/**
 * Task 4: the factorials of 1..max, each computed in a child process of its own.
 *
 * <p>{@link #compute(int)} starts one child process per number 1..max: a new JVM with the same {@code java}
 * executable and class path as the current one ({@code ProcessHandle.current().info().command()},
 * {@code System.getProperty("java.class.path")}) that runs {@link FactorialWorker} with the number as its only
 * argument. All children run at the same time. {@code compute} reads each child's standard output (never its
 * standard error: the JVM may print notices there), waits for all of them to exit and returns n -&gt; n!.
 * A child that exits non-zero or prints something unreadable makes {@code compute} throw an exception that names
 * the number, once no child is left running.
 *
 * <pre>{@code
 * Map<Integer, BigInteger> f = ProcessFactorials.compute(5);   // five child JVMs
 * f.get(5);                                                    // 120
 * }</pre>
 */
public final class ProcessFactorials {

    private ProcessFactorials() {}

    /**
     * Computes 1!..max! in {@code max} child JVMs that run at the same time.
     *
     * @param max the largest number, at least 1
     * @return n -&gt; n! for every n from 1 to max
     * @throws IllegalArgumentException if {@code max < 1}, before any process is started
     * @throws IOException if a child cannot be started, exits non-zero or prints something unreadable; the
     *     message names the number
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("TODO");
    }

    /** The original homework: the factorials of 1 to 10. */
    public static void main(String[] args) throws IOException, InterruptedException {
        compute(10).forEach((n, f) -> System.out.println(n + "! = " + f));
    }
}
