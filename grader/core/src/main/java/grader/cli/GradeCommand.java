package grader.cli;

import grader.batch.BatchGrader;
import grader.batch.LogProgress;
import grader.batch.Progress;
import grader.batch.TerminalProgress;
import grader.engine.Grader;
import grader.engine.PhaseTimes;
import grader.integration.StudentTemplate;
import grader.engine.run.SandboxChoice;
import grader.engine.run.StudentJvm;
import grader.report.GradeReport;
import grader.report.ClassroomResult;
import grader.report.GitHubSummary;
import grader.report.GradescopeResults;
import grader.report.JUnitXml;
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
import java.util.Locale;
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
 * <p>Exit codes: {@value #EXIT_OK} when grading ran, whatever the score; {@value #EXIT_BELOW_THRESHOLD} when it ran
 * and the score is below {@code --fail-under}; {@value #EXIT_USAGE} for a wrong command
 * line or a path that does not exist; {@value #EXIT_INTERNAL} when the grader itself failed.
 */
public final class GradeCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_BELOW_THRESHOLD = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    /** Submissions graded at once in a batch: measured best on 2 cores (see the README). */
    static final int DEFAULT_JOBS = 2;

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
                            bwrap (bubblewrap or stop), or none
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
    record Options(Path submission, Path json, Long seed, int parallel, boolean keep, SandboxChoice.Mode sandbox,
            Path batch, Path out, int jobs, boolean force, Path junit, boolean github, Path timings, int failUnder,
            Path template) {

        Options(Path submission, Path json, Long seed, int parallel, boolean keep, SandboxChoice.Mode sandbox) {
            this(submission, json, seed, parallel, keep, sandbox, null, null, DEFAULT_JOBS, false, null, false, null, 0,
                    null);
        }

        static Options parse(String... args) {
            Deque<String> words = new ArrayDeque<>(List.of(args));
            Path submission = null;
            Path json = null;
            Long seed = null;
            int parallel = 4;
            boolean keep = false;
            SandboxChoice.Mode sandbox = SandboxChoice.Mode.AUTO;
            Path batch = null;
            Path out = null;
            int jobs = DEFAULT_JOBS;
            boolean force = false;
            Path junit = null;
            boolean github = false;
            Path timings = null;
            int failUnder = 0;
            Path template = null;
            while (!words.isEmpty()) {
                String word = words.pop();
                switch (word) {
                    case "--json" -> json = Path.of(value(words, word));
                    case "--seed" -> seed = Long.parseLong(value(words, word));
                    case "--parallel" -> parallel = Integer.parseInt(value(words, word));
                    case "--keep" -> keep = true;
                    case "--sandbox" -> sandbox = SandboxChoice.Mode.parse(value(words, word));
                    case "--batch" -> batch = Path.of(value(words, word));
                    case "--out" -> out = Path.of(value(words, word));
                    case "--jobs" -> jobs = Integer.parseInt(value(words, word));
                    case "--force" -> force = true;
                    case "--junit" -> junit = Path.of(value(words, word));
                    case "--github" -> github = true;
                    case "--timings" -> timings = Path.of(value(words, word));
                    case "--fail-under" -> failUnder = Integer.parseInt(value(words, word));
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
            Path target = submission == null ? home.resolve("assignments") : submission;
            if (batch != null) {
                Path parent = batch.toAbsolutePath().normalize().getParent();
                out = out != null ? out : (parent == null ? Path.of("grades") : parent.resolve("grades"));
            }
            return new Options(target, json, seed, parallel, keep, sandbox, batch, out, jobs, force, junit, github,
                    timings, failUnder, template);
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
        if (options.template() != null) {
            return guarded("exporting the template", () -> {
                Path home = Path.of(System.getProperty("grader.home", "."));
                StudentTemplate.export(home, options.template());
                out.println("Wrote the student template to " + options.template());
                out.flush();
                return EXIT_OK;
            });
        }
        Path input = options.batch() != null ? options.batch() : options.submission();
        if (!Files.exists(input) || options.batch() != null && !Files.isDirectory(input)) {
            err.println("grade: there is no " + (options.batch() != null ? "folder " : "file or folder ") + input);
            err.flush();
            return EXIT_USAGE;
        }
        if (options.batch() != null) {
            return runBatch(options);
        }
        return guarded("the grader", () -> gradeOne(options));
    }

    /** Work that may fail in the ways the exit codes name. */
    @FunctionalInterface
    private interface Work {
        int run() throws IOException, InterruptedException;
    }

    /** Runs {@code work}, turning what it throws into a message and an exit code. */
    private int guarded(String what, Work work) {
        try {
            return work.run();
        } catch (IllegalStateException e) {
            err.println("grade: " + e.getMessage());
            err.flush();
            return EXIT_USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("grade: " + what + " failed: " + e);
            err.flush();
            return EXIT_INTERNAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_INTERNAL;
        }
    }

    private int gradeOne(Options options) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("grade-");
        try {
            long seed = options.seed() != null ? options.seed() : Parameters.newSeed();
            StudentJvm.Settings settings = StudentJvm.Settings.defaults();
            PhaseTimes times = new PhaseTimes();
            SandboxChoice sandbox;
            try (var choosing = times.start("choose the sandbox")) {
                sandbox = SandboxChoice.detect(settings.java(), options.sandbox());
            }
            GradeReport report = new Grader(new StudentJvm(settings.withSandbox(sandbox.forSlot(0))),
                    options.parallel()).grade(options.submission(), Parameters.fromSeed(seed), scratch, times);
            if (options.timings() != null) {
                Files.writeString(options.timings(), times.toTsv());
            }
            TextReport.print(report, out);
            if (options.json() != null) {
                GradescopeResults.write(report, options.json());
                out.println("Wrote " + options.json());
            }
            if (options.junit() != null) {
                JUnitXml.write(report, options.junit());
                out.println("Wrote " + options.junit());
            }
            if (options.github()) {
                reportToGitHub(report, options.failUnder());
            }
            if (options.keep()) {
                out.println("Kept the scratch folder " + scratch);
            }
            if (report.score() < options.failUnder()) {
                out.printf(Locale.ROOT, "The score %d is below the pass mark %d (--fail-under).%n", report.score(),
                        options.failUnder());
                out.flush();
                return EXIT_BELOW_THRESHOLD;
            }
            out.flush();
            return EXIT_OK;
        } finally {
            if (!options.keep()) {
                deleteQuietly(scratch);
            }
        }
    }

    /** What a GitHub Actions step reads: the job summary, the Classroom result output, and a notice. */
    private void reportToGitHub(GradeReport report, int failUnder) throws IOException {
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        String output = System.getenv("GITHUB_OUTPUT");
        if (summary != null && !summary.isBlank()) {
            GitHubSummary.appendTo(Path.of(summary), report);
        }
        if (output != null && !output.isBlank()) {
            ClassroomResult.writeOutputs(Path.of(output), report, failUnder);
        }
        out.println(ClassroomResult.noticeLine(report));
    }

    private int runBatch(Options options) {
        return guarded("the batch", () -> {
            StudentJvm.Settings settings = StudentJvm.Settings.defaults();
            SandboxChoice sandbox = SandboxChoice.detect(settings.java(), options.sandbox());
            if (!sandbox.reason().isEmpty()) {
                out.println("Note: " + sandbox.reason() + "; student code runs as: " + sandbox.forSlot(0).describe());
            }
            long seed = options.seed() != null ? options.seed() : Parameters.newSeed();
            boolean terminal = System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI"));
            Progress progress = terminal ? new TerminalProgress(out) : new LogProgress(out);
            new BatchGrader(settings, sandbox, options.jobs(), options.parallel())
                    .run(options.batch(), options.out(), seed, options.force(), progress);
            out.printf(Locale.ROOT, "Seed %d. Wrote %s%n", seed, options.out().resolve("gradebook.csv"));
            out.flush();
            return EXIT_OK;
        });
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left in the temp folder is harmless
        }
    }
}
