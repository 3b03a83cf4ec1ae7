package homework.factorial;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task 4: the factorials of 1..max, each computed by its own child JVM running {@link FactorialWorker}.
 *
 * <pre>{@code
 * Map<Integer, BigInteger> f = ProcessFactorials.compute(5);   // starts 5 JVMs at once
 * f.get(5);   // 120
 * }</pre>
 */
public final class ProcessFactorials {

    /** What a worker prints: {@code n! = v}. */
    private static final Pattern RESULT_LINE = Pattern.compile("(\\d+)! = (\\d+)");

    private ProcessFactorials() {
    }

    /**
     * Starts one child JVM per number 1..max, all at once, and returns n -> n!.
     *
     * @throws IllegalArgumentException if {@code max < 1}
     * @throws IOException              if a child cannot be started, exits non-zero or prints something
     *                                  unreadable (the message names the number); no child is left running then
     */
    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be 1 or more, was " + max);
        }

        List<Process> children = new ArrayList<>(max);
        boolean finished = false;
        try {
            // 1. Start every child before waiting for any: they all run at the same time.
            for (int n = 1; n <= max; n++) {
                children.add(startWorker(n));
            }
            // 2. Collect them in order. Reading a child's stdout to the end waits for that child only;
            //    the others keep running meanwhile (their few bytes of output fit in the pipe).
            Map<Integer, BigInteger> factorials = new TreeMap<>();
            for (int n = 1; n <= max; n++) {
                factorials.put(n, collect(n, children.get(n - 1)));
            }
            finished = true;
            return factorials;
        } finally {
            if (!finished) {
                // Something failed: stop the children still running and wait until they are gone,
                // so that the exception leaves no process behind.
                for (Process child : children) {
                    child.destroyForcibly();
                }
                for (Process child : children) {
                    child.waitFor();
                }
            }
        }
    }

    /** A new JVM, same {@code java} and class path as this one, running the worker for {@code n}. */
    private static Process startWorker(int n) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        return new ProcessBuilder(java, "-cp", classPath, FactorialWorker.class.getName(), Integer.toString(n))
                // Only stdout carries the result. Stderr may hold JVM notices and the worker's error
                // message: it goes to our own stderr, never into the text we parse.
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** Reads the child's output, waits for it to exit and checks both. */
    private static BigInteger collect(int n, Process child) throws IOException, InterruptedException {
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exitCode = child.waitFor();
        if (exitCode != 0) {
            throw new IOException("the worker for " + n + " exited with status " + exitCode);
        }
        Matcher line = RESULT_LINE.matcher(output);
        if (!line.matches() || Integer.parseInt(line.group(1)) != n) {
            throw new IOException("the worker for " + n + " printed '" + output + "', expected '" + n + "! = <value>'");
        }
        return new BigInteger(line.group(2));
    }

    /** The original homework: the factorials of 1 to 10, one process each. */
    public static void main(String[] args) throws IOException, InterruptedException {
        compute(10).forEach((n, factorial) -> System.out.println(n + "! = " + factorial));
    }
}
