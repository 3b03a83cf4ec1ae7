package grader.cli;

import grader.engine.Grader;
import grader.engine.run.StudentJvm;
import grader.report.GradeReport;
import grader.report.GradescopeResults;
import grader.report.TextReport;
import grader.rubric.Parameters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./grade [PATH] [--json FILE] [--seed N] [--parallel N]}: grades a submission and prints its table.
 *
 * <pre>
 * ./grade                                  # grades assignments/
 * ./grade submissions/reference --json results.json
 * ./grade my-homework.zip --seed 1234      # replays a run
 * </pre>
 *
 * <p>Exit codes: {@value #EXIT_OK} when grading ran, whatever the score; {@value #EXIT_USAGE} for a wrong command
 * line or a path that does not exist; {@value #EXIT_INTERNAL} when the grader itself failed.
 */
public final class GradeCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    static final String USAGE = """
            Usage: ./grade [PATH] [--json FILE] [--seed N] [--parallel N] [--keep]
              PATH          a submission: a folder or a .zip (default: the repository's assignments/)
              --json FILE   also write the result as Gradescope results.json
              --seed N      replay the random inputs of an earlier run
              --parallel N  student JVMs at once (default 4)
              --keep        keep the scratch folder (evidence and compiled classes) and print where it is
            """;

    private final PrintWriter out;
    private final PrintWriter err;

    public GradeCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(new GradeCommand(out, err).run(args));
    }

    /** Options of one command line. */
    record Options(Path submission, Path json, Long seed, int parallel, boolean keep) {
        static Options parse(String... args) {
            Deque<String> words = new ArrayDeque<>(List.of(args));
            Path submission = null;
            Path json = null;
            Long seed = null;
            int parallel = 4;
            boolean keep = false;
            while (!words.isEmpty()) {
                String word = words.pop();
                switch (word) {
                    case "--json" -> json = Path.of(value(words, word));
                    case "--seed" -> seed = Long.parseLong(value(words, word));
                    case "--parallel" -> parallel = Integer.parseInt(value(words, word));
                    case "--keep" -> keep = true;
                    default -> {
                        if (word.startsWith("-") || submission != null) {
                            throw new IllegalArgumentException("unexpected argument: " + word);
                        }
                        submission = Path.of(word);
                    }
                }
            }
            if (parallel < 1) {
                throw new IllegalArgumentException("--parallel must be at least 1");
            }
            Path home = Path.of(System.getProperty("grader.home", "."));
            return new Options(submission == null ? home.resolve("assignments") : submission, json, seed, parallel,
                    keep);
        }

        private static String value(Deque<String> words, String option) {
            if (words.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return words.pop();
        }
    }

    public int run(String... args) {
        Options options;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                out.print(USAGE);
                out.flush();
                return EXIT_OK;
            }
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("grade: " + e.getMessage());
            err.print(USAGE);
            err.flush();
            return EXIT_USAGE;
        }
        if (!Files.exists(options.submission())) {
            err.println("grade: there is no file or folder " + options.submission());
            err.flush();
            return EXIT_USAGE;
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("grade-");
            long seed = options.seed() != null ? options.seed() : Parameters.newSeed();
            GradeReport report = new Grader(new StudentJvm(StudentJvm.Settings.defaults()), options.parallel())
                    .grade(options.submission(), Parameters.fromSeed(seed), scratch);
            TextReport.print(report, out);
            if (options.json() != null) {
                GradescopeResults.write(report, options.json());
                out.println("Wrote " + options.json());
            }
            if (options.keep()) {
                out.println("Kept the scratch folder " + scratch);
            }
            out.flush();
            return EXIT_OK;
        } catch (IOException | RuntimeException e) {
            err.println("grade: the grader failed: " + e);
            err.flush();
            return EXIT_INTERNAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_INTERNAL;
        } finally {
            if (scratch != null && !options.keep()) {
                deleteQuietly(scratch);
            }
        }
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left in the temp folder is harmless
        }
    }
}
