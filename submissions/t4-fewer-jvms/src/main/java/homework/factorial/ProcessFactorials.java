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
 * Task 4: the factorials of 1..max, computed by two child JVMs running {@link FactorialWorker}, each given
 * half of the numbers (starting a JVM per number costs more than the factorials themselves).
 */
public final class ProcessFactorials {

    private static final int CHILDREN = 2;

    /** What a worker prints: {@code n! = v}. */
    private static final Pattern RESULT_LINE = Pattern.compile("(\\d+)! = (\\d+)");

    private ProcessFactorials() {
    }

    /**
     * Starts two child JVMs, each for half of the numbers 1..max, and returns n -> n!.
     *
     * @throws IllegalArgumentException if {@code max < 1}
     * @throws IOException              if a child cannot be started, exits non-zero or prints something
     *                                  unreadable; no child is left running then
     */
    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be 1 or more, was " + max);
        }

        // Split 1..max into (at most) two consecutive groups: 1..half and half+1..max.
        List<List<Integer>> groups = new ArrayList<>();
        int half = (max + 1) / 2;
        groups.add(range(1, half));
        if (half < max) {
            groups.add(range(half + 1, max));
        }

        List<Process> children = new ArrayList<>(CHILDREN);
        boolean finished = false;
        try {
            for (List<Integer> group : groups) {
                children.add(startWorker(group));
            }
            Map<Integer, BigInteger> factorials = new TreeMap<>();
            for (int g = 0; g < groups.size(); g++) {
                collect(groups.get(g), children.get(g), factorials);
            }
            finished = true;
            return factorials;
        } finally {
            if (!finished) {
                for (Process child : children) {
                    child.destroyForcibly();
                }
                for (Process child : children) {
                    child.waitFor();
                }
            }
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            numbers.add(n);
        }
        return numbers;
    }

    /** A new JVM, same {@code java} and class path as this one, running the worker for {@code numbers}. */
    private static Process startWorker(List<Integer> numbers) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(FactorialWorker.class.getName());
        for (int n : numbers) {
            command.add(Integer.toString(n));
        }
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Reads a child's output, waits for it to exit and checks both; one line per number of its group. */
    private static void collect(List<Integer> numbers, Process child, Map<Integer, BigInteger> into)
            throws IOException, InterruptedException {
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exitCode = child.waitFor();
        if (exitCode != 0) {
            throw new IOException("the worker for " + numbers + " exited with status " + exitCode);
        }
        String[] lines = output.split("\\R");
        if (lines.length != numbers.size()) {
            throw new IOException("the worker for " + numbers + " printed " + lines.length + " lines: " + output);
        }
        for (int i = 0; i < lines.length; i++) {
            int n = numbers.get(i);
            Matcher line = RESULT_LINE.matcher(lines[i].trim());
            if (!line.matches() || Integer.parseInt(line.group(1)) != n) {
                throw new IOException("the worker for " + n + " printed '" + lines[i] + "', expected '" + n + "! = <value>'");
            }
            into.put(n, new BigInteger(line.group(2)));
        }
    }

    /** The original homework: the factorials of 1 to 10. */
    public static void main(String[] args) throws IOException, InterruptedException {
        compute(10).forEach((n, factorial) -> System.out.println(n + "! = " + factorial));
    }
}
