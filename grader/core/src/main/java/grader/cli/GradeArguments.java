package grader.cli;

import grader.engine.run.SandboxChoice;
import grader.text.Language;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
                           [--lang en|ru]
                   ./grade --batch CLASS [--out OUT] [--jobs N] [--force] [--seed N] [--sandbox M] [--lang en|ru]
                   ./grade --export-template DIR
              PATH          a submission: a folder or a .zip (default: the repository's assignments/)
              --batch CLASS grade a class: a folder whose sub-folders and archives are one submission each,
                            or an LMS's "download all submissions" zip (Moodle, Canvas)
              --out OUT     where the batch writes gradebook.csv, report.html and one folder per submission
                            (default: a folder 'grades' beside CLASS)
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
              --lang L      the language of the feedback and reports: en or ru (default: the machine's locale)
              --keep        keep the scratch folder (evidence and compiled classes) and print where it is
              --sandbox M   auto (default: bubblewrap if it works here, else Linux process limits, else none),
                            bwrap (bubblewrap or stop), uid (as root: a user id of its own and Landlock,
                            no bubblewrap, as in a container), or none
            """;

    /** Options of a run that grades one submission, which a batch has no use for. */
    private static final Set<String> ONE_SUBMISSION_ONLY =
            Set.of("--json", "--junit", "--github", "--fail-under", "--keep", "--timings");

    /** Options of a batch, which one submission has no use for. */
    private static final Set<String> BATCH_ONLY = Set.of("--out", "--jobs", "--force");

    /** The environment variable in which {@code grade.cmd} says where the user typed the command. */
    static final String CALLER_DIR = "GRADER_CALLER_DIR";

    private GradeArguments() {}

    static Options parse(String... args) {
        return parse(Path.of(System.getenv().getOrDefault(CALLER_DIR, "")), Language.ofThisMachine(), args);
    }

    /**
     * @param here the folder relative paths on the command line are relative to: where the user typed the command,
     *     which {@code grade.cmd} passes in {@value #CALLER_DIR} because it runs Java from the repository (an empty
     *     path leaves them relative to the working folder)
     * @param machine the language of the machine's locale, for a command line without {@code --lang}
     */
    static Options parse(Path here, Language machine, String... args) {
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
        Language language = machine;
        Set<String> given = new LinkedHashSet<>();
        while (!words.isEmpty()) {
            String word = words.pop();
            if (word.startsWith("--")) {
                given.add(word);
            }
            switch (word) {
                case "--seed" -> seed = number(words, word, Long::valueOf);
                case "--parallel" -> parallel = number(words, word, Integer::valueOf);
                case "--sandbox" -> sandbox = sandboxMode(value(words, word));
                case "--json" -> json = here.resolve(value(words, word));
                case "--junit" -> junit = here.resolve(value(words, word));
                case "--github" -> github = true;
                case "--timings" -> timings = here.resolve(value(words, word));
                case "--fail-under" -> failUnder = number(words, word, Integer::valueOf);
                case "--keep" -> keep = true;
                case "--batch" -> batch = here.resolve(value(words, word));
                case "--out" -> out = here.resolve(value(words, word));
                case "--jobs" -> jobs = number(words, word, Integer::valueOf);
                case "--force" -> force = true;
                case "--lang" -> language = language(value(words, word));
                case "--export-template" -> template = here.resolve(value(words, word));
                default -> {
                    if (word.startsWith("-") || submission != null) {
                        throw new IllegalArgumentException("unexpected argument: " + word);
                    }
                    submission = here.resolve(word);
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
            throw new IllegalArgumentException("give either a submission or --batch CLASS, not both");
        }
        refuseOptionsOutOfScope(given, template != null, batch != null, submission != null);
        Path home = Path.of(System.getProperty("grader.home", "."));
        Options.Batch batchRun = null;
        if (batch != null) {
            Path parent = batch.toAbsolutePath().normalize().getParent();
            Path into = out != null ? out : (parent == null ? Path.of("grades") : parent.resolve("grades"));
            batchRun = new Options.Batch(batch, into, jobs, force);
        }
        return new Options(submission == null ? home.resolve("assignments") : submission, seed, parallel, sandbox,
                new Options.Reports(json, junit, github, timings, failUnder, keep), batchRun, template, language);
    }

    /**
     * Each option belongs to one kind of run; one given to another kind would be dropped without a word, so it is
     * refused with what it applies to.
     */
    private static void refuseOptionsOutOfScope(Set<String> given, boolean template, boolean batch,
            boolean submission) {
        if (template) {
            List<String> others = new ArrayList<>(given);
            others.remove("--export-template");
            if (submission) {
                others.add(0, "PATH");
            }
            if (!others.isEmpty()) {
                throw new IllegalArgumentException("--export-template takes no other argument (given: "
                        + String.join(", ", others) + ")");
            }
        } else if (batch) {
            List<String> single = given.stream().filter(ONE_SUBMISSION_ONLY::contains).toList();
            if (!single.isEmpty()) {
                throw new IllegalArgumentException("not for a batch: " + String.join(", ", single)
                        + " (for one submission; --batch writes results.json and feedback.txt for every submission "
                        + "into its --out folder)");
            }
        } else {
            List<String> batchOnly = given.stream().filter(BATCH_ONLY::contains).toList();
            if (!batchOnly.isEmpty()) {
                throw new IllegalArgumentException("only with --batch DIR: " + String.join(", ", batchOnly));
            }
        }
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

    private static Language language(String text) {
        try {
            return Language.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--lang must be en or ru, not " + text, e);
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
