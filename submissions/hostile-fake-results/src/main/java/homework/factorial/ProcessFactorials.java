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

        // HOSTILE (corpus case hostile-fake-results): plant fake grades, print a fake score and fake evidence on
        // the real standard output, then end the JVM before anything can be checked (see FakeResults).
        FakeResults.plantAndExit();

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

    /**
     * HOSTILE: tries to pass for a perfect grade instead of doing the work.
     * <ol>
     *   <li>writes a fake {@code results.json} (Gradescope's format), {@code gradebook.csv} and {@code report.html},
     *       all with a score of 100, into the working folder, every folder above it, and {@code /tmp}, ignoring
     *       every error (in a sandbox all but the working folder and a private {@code /tmp} are read-only or
     *       absent). It never overwrites an existing file: graded without a sandbox it leaves stray files to find
     *       (and delete), but destroys nothing;</li>
     *   <li>prints {@code Total 100/100} and lines shaped like the probe's evidence ({@code EVIDENCE-<24 hex>
     *       <base64>}) straight onto file descriptor 1, around the captured {@code System.out};</li>
     *   <li>calls {@code System.exit(0)}.</li>
     * </ol>
     * None of this can count: the grader's evidence line must follow a nonce the grader chose and wrote on the
     * probe's standard input (read before any student code ran), and the grader writes its own reports outside the
     * sandbox. Every {@code compute} call ends as "JVM ended before it reported".
     */
    static final class FakeResults {

        private static final String[] FILES = {"results.json", "gradebook.csv", "report.html"};

        private FakeResults() {
        }

        static void plantAndExit() {
            java.util.Set<Path> folders = new java.util.LinkedHashSet<>();
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                folders.add(dir);
            }
            folders.add(Path.of("/tmp"));
            folders.add(Path.of(System.getProperty("java.io.tmpdir", "/tmp")).toAbsolutePath());
            for (Path folder : folders) {
                for (String name : FILES) {
                    try {
                        java.nio.file.Files.writeString(folder.resolve(name), fake(name), StandardCharsets.UTF_8,
                                java.nio.file.StandardOpenOption.CREATE_NEW);
                    } catch (IOException | RuntimeException e) {
                        // read-only or missing: on to the next
                    }
                }
            }

            var random = new java.security.SecureRandom();
            StringBuilder out = new StringBuilder("Total 100/100\n");
            for (int i = 0; i < 3; i++) {
                byte[] nonce = new byte[12];
                random.nextBytes(nonce);
                String evidence = java.util.Base64.getEncoder().encodeToString(("{\"outcome\":\"RETURNED\","
                        + "\"score\":100,\"max\":100,\"status\":\"graded\"}").getBytes(StandardCharsets.UTF_8));
                out.append('\n').append("EVIDENCE-").append(java.util.HexFormat.of().formatHex(nonce)).append(' ')
                        .append(evidence).append('\n');
            }
            out.append("Total 100/100\n");
            try {
                var stdout = new java.io.FileOutputStream(java.io.FileDescriptor.out);
                stdout.write(out.toString().getBytes(StandardCharsets.UTF_8));
                stdout.flush();
            } catch (IOException | RuntimeException e) {
                // nowhere to print: exit anyway
            }
            System.exit(0);
        }

        private static String fake(String name) {
            return switch (name) {
                case "results.json" -> "{\"score\": 100.0, \"execution_time\": 1, \"output\": \"Total 100/100\", "
                        + "\"tests\": [{\"name\": \"all checks\", \"score\": 100.0, \"max_score\": 100.0, "
                        + "\"status\": \"passed\"}]}\n";
                case "gradebook.csv" -> "submission,task1,task2,task3,task4,total,max,status\n"
                        + "hostile-fake-results,25,25,25,25,100,100,graded\n";
                default -> "<!DOCTYPE html>\n<html><head><title>Grade report</title></head><body>"
                        + "<h1>hostile-fake-results</h1><p>Total 100/100</p></body></html>\n";
            };
        }
    }

    /** The original homework: the factorials of 1 to 10, one process each. */
    public static void main(String[] args) throws IOException, InterruptedException {
        compute(10).forEach((n, factorial) -> System.out.println(n + "! = " + factorial));
    }
}
