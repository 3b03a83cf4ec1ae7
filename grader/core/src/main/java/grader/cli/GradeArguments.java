package grader.cli;

import grader.engine.run.SandboxChoice;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the command line of {@code ./grade} into {@link Options}; a wrong one throws
 * {@link IllegalArgumentException} with a message for the user.
 *
 * <pre>{@code
 * Options options = GradeArguments.parse("submissions/reference", "--json", "results.json");
 * }</pre>
 *
 * <p>Written by hand rather than with a parsing library: with picocli, measured, every {@code ./grade} reached
 * its first phase about 0.2 s later (on a busy machine; the whole start-up is 0.3 s).
 */
final class GradeArguments {

    /** Submissions graded at once in a batch: measured best on 2 cores (see the README). */
    static final int DEFAULT_JOBS = 2;

    /** Student JVMs at once. */
    static final int DEFAULT_PARALLEL = 4;

    static final String USAGE = """
            Usage: ./grade [PATH] [--json FILE] [--junit FILE] [--github] [--fail-under N] [--seed N] [--keep]
                   ./grade --batch DIR [--out OUT] [--jobs N] [--force] [--seed N] [--sandbox M]
                   ./grade --export-template DIR
              PATH          a submission: a folder or a .zip (default: the repository's assignments/)
              --batch DIR   grade every sub-folder and .zip of DIR, one submission each
              --out OUT     where the batch writes gradebook.csv, report.html and one folder per submission
                            (default: a folder 'grades' beside DIR)
              --jobs N      submissions graded at once in a batch (default 2)
              --force       grade again even submissions unchanged since the last batch
              --json FILE   also write the result as Gradescope results.json
              --seed N      replay the random inputs of an earlier run
              --parallel N  student JVMs at once (default 4)
              --junit FILE  also write JUnit XML, one test case per rubric check (for test-report actions)
              --github      in GitHub Actions: append a Markdown summary to $GITHUB_STEP_SUMMARY, write the
                            GitHub Classroom result to $GITHUB_OUTPUT (output 'result') and print a notice
              --timings F   write how long each phase and call took (tab-separated, ms since JVM start)
              --fail-under N
                            exit with 1 (and report 'fail' to GitHub Classroom) when the score is below N
                            (default 0: no score fails)
              --export-template DIR
                            write the repository a course gives its students: skeletons, visible checks,
                            ./grade, the CI workflow and a student README; no solutions, corpus or hidden checks
              --keep        keep the scratch folder (evidence and compiled classes) and print where it is
              --sandbox M   auto (default: bubblewrap if it works here, else Linux process limits, else none),
                            bwrap (bubblewrap or stop), uid (as root: a user id of its own and Landlock,
                            no bubblewrap, as in a container), or none
            """;

    private GradeArguments() {}

    static Options parse(String... args) {
        Deque<String> words = new ArrayDeque<>(List.of(args));
        Path submission = null;
        Long seed = null;
        int parallel = DEFAULT_PARALLEL;
        SandboxChoice.Mode sandbox = SandboxChoice.Mode.AUTO;
        Path json = null;
        Path junit = null;
        boolean github = false;
        Path timings = null;
        int failUnder = 0;
        boolean keep = false;
        Path batch = null;
        Path out = null;
        int jobs = DEFAULT_JOBS;
        boolean force = false;
        Path template = null;
        while (!words.isEmpty()) {
            String word = words.pop();
            switch (word) {
                case "--seed" -> seed = number(words, word, Long::valueOf);
                case "--parallel" -> parallel = number(words, word, Integer::valueOf);
                case "--sandbox" -> sandbox = sandboxMode(value(words, word));
                case "--json" -> json = Path.of(value(words, word));
                case "--junit" -> junit = Path.of(value(words, word));
                case "--github" -> github = true;
                case "--timings" -> timings = Path.of(value(words, word));
                case "--fail-under" -> failUnder = number(words, word, Integer::valueOf);
                case "--keep" -> keep = true;
                case "--batch" -> batch = Path.of(value(words, word));
                case "--out" -> out = Path.of(value(words, word));
                case "--jobs" -> jobs = number(words, word, Integer::valueOf);
                case "--force" -> force = true;
                case "--export-template" -> template = Path.of(value(words, word));
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
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        if (batch != null && submission != null) {
            throw new IllegalArgumentException("give either a submission or --batch DIR, not both");
        }
        Path home = Path.of(System.getProperty("grader.home", "."));
        Options.Batch batchRun = null;
        if (batch != null) {
            Path parent = batch.toAbsolutePath().normalize().getParent();
            Path into = out != null ? out : (parent == null ? Path.of("grades") : parent.resolve("grades"));
            batchRun = new Options.Batch(batch, into, jobs, force);
        }
        return new Options(submission == null ? home.resolve("assignments") : submission, seed, parallel, sandbox,
                new Options.Reports(json, junit, github, timings, failUnder, keep), batchRun, template);
    }

    private static String value(Deque<String> words, String option) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return words.pop();
    }

    private static <T extends Number> T number(Deque<String> words, String option, Function<String, T> parse) {
        String text = value(words, option);
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + text, e);
        }
    }

    private static SandboxChoice.Mode sandboxMode(String text) {
        try {
            return SandboxChoice.Mode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--sandbox must be auto, bwrap, uid or none, not " + text, e);
        }
    }
}
