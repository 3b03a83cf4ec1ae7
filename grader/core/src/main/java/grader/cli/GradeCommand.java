package grader.cli;

import grader.batch.BatchGrader;
import grader.course.Course;
import grader.course.CourseChoice;
import grader.course.GraderOffer;
import grader.course.InvalidCourseException;
import grader.score.Points;
import grader.engine.submission.ArchiveFormat;
import grader.engine.submission.InvalidSubmissionException;
import grader.batch.LogProgress;
import grader.batch.Progress;
import grader.batch.TerminalProgress;
import grader.engine.Grader;
import grader.engine.PhaseGate;
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
import grader.text.Catalog;
import grader.text.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 * and the score is below {@code --fail-under} or the course's pass mark; {@value #EXIT_USAGE} for a wrong command
 * line, a path that does not exist or a course file that cannot be used; {@value #EXIT_INTERNAL} when the grader
 * itself failed.
 */
public final class GradeCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_BELOW_THRESHOLD = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Language machine;

    /** A command that speaks the machine's language unless {@code --lang} says otherwise. */
    public GradeCommand(PrintWriter out, PrintWriter err) {
        this(out, err, Language.ofThisMachine());
    }

    /** @param machine the language of a run without {@code --lang}, and of mistakes found before it */
    public GradeCommand(PrintWriter out, PrintWriter err, Language machine) {
        this.out = out;
        this.err = err;
        this.machine = machine;
    }

    public static void main(String[] args) {
        if ("cmd".equals(System.getProperty("grader.launcher"))) {
            // grade.cmd cannot tell whether the jar is older than the sources; this JVM can, at once
            Path home = Path.of(System.getProperty("grader.home", "."));
            if (GraderBuild.runningJar().map(jar -> GraderBuild.isStale(home, jar)).orElse(false)) {
                System.exit(GraderBuild.EXIT_STALE);
            }
        }
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(new GradeCommand(out, err).run(args));
    }

    public int run(String... args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.print(Usage.text(Catalog.of(GradeArguments.helpLanguage(machine, args))));
            out.flush();
            return EXIT_OK;
        }
        Options options;
        try {
            options = GradeArguments.parse(GradeArguments.callerDir(), machine, args);
        } catch (UsageException e) {
            Catalog catalog = Catalog.of(e.language());
            err.println("grade: " + catalog.text(e.message()));
            err.print(Usage.text(catalog));
            err.flush();
            return EXIT_USAGE;
        }
        Path home = Path.of(System.getProperty("grader.home", "."));
        Optional<Course> chosen = course(options, home);
        if (chosen.isEmpty()) {
            return EXIT_USAGE;
        }
        Course course = chosen.get();
        // the command line's language wins over the course's, which wins over the machine's
        Language language = options.language().or(course::language).orElse(machine);
        Catalog catalog = Catalog.of(language);
        if (options.template() != null) {
            return guarded(catalog, "cli.failed.export", () -> {
                StudentTemplate.export(home, options.template(), language, course);
                out.println(catalog.text("cli.wrote-template", "folder", options.template().toString()));
                out.flush();
                return EXIT_OK;
            });
        }
        Path input = options.batch() != null ? options.batch().folder() : options.submission();
        if (!Files.exists(input) || options.batch() != null && !Files.isDirectory(input)
                && ArchiveFormat.byName(input.getFileName().toString()).isEmpty()) {
            err.println("grade: " + catalog.text(options.batch() != null ? "cli.no-such-class" : "cli.no-such-path",
                    "path", input.toString()));
            err.flush();
            return EXIT_USAGE;
        }
        if (options.batch() != null) {
            return runBatch(options, course, catalog);
        }
        return guarded(catalog, "cli.failed.grading", () -> gradeOne(options, course, catalog));
    }

    /**
     * The course of the run, or empty when its file cannot be used: every problem is then printed, with its line,
     * in the command line's language or the machine's (the course's own is not known).
     */
    private Optional<Course> course(Options options, Path home) {
        Catalog catalog = Catalog.of(options.language().orElse(machine));
        try {
            return Optional.of(CourseChoice.load(options.course(), home, GraderOffer.ofThisGrader()));
        } catch (InvalidCourseException e) {
            err.println("grade: " + catalog.text("course.invalid", "file", e.file()));
            e.problems().forEach(p -> err.println("  " + p.in(catalog.language())));
        } catch (NoSuchFileException e) {
            err.println("grade: " + catalog.text("cli.no-such-path", "path", e.getFile()));
        } catch (IOException e) {
            err.println("grade: " + catalog.text("cli.failed.grading", "error", e.toString()));
        }
        err.flush();
        return Optional.empty();
    }

    /** Work that may fail in the ways the exit codes name. */
    @FunctionalInterface
    private interface Work {
        int run() throws IOException, InterruptedException;
    }

    /**
     * Runs {@code work}, turning what it throws into a message and an exit code.
     *
     * @param failed the entry that says what failed, with the exception as {@code error}
     */
    private int guarded(Catalog catalog, String failed, Work work) {
        try {
            return work.run();
        } catch (IllegalStateException | InvalidSubmissionException e) {
            // a sandbox that cannot run, or a class download that cannot be read: the input, not the grader
            err.println("grade: " + e.getMessage());
            err.flush();
            return EXIT_USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("grade: " + catalog.text(failed, "error", e.toString()));
            err.flush();
            return EXIT_INTERNAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_INTERNAL;
        }
    }

    private int gradeOne(Options options, Course course, Catalog catalog) throws IOException, InterruptedException {
        Options.Reports reports = options.reports();
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
                    options.parallel(), PhaseGate.ofThisMachine(), course)
                    .grade(options.submission(), Parameters.fromSeed(seed), scratch, times);
            if (reports.timings() != null) {
                Files.writeString(reports.timings(), times.toTsv());
            }
            Optional<Points> passMark = reports.failUnder().or(course::pass);
            if (passMark.isPresent()) {
                report = report.withPassMark(passMark.get());
            }
            TextReport.print(report, catalog, out);
            if (reports.json() != null) {
                GradescopeResults.write(report, reports.json(), catalog);
                out.println(catalog.text("cli.wrote", "path", reports.json().toString()));
            }
            if (reports.junit() != null) {
                JUnitXml.write(report, reports.junit(), catalog);
                out.println(catalog.text("cli.wrote", "path", reports.junit().toString()));
            }
            if (reports.github()) {
                reportToGitHub(report, passMark.orElse(Points.ZERO), catalog);
            }
            if (reports.keep()) {
                out.println(catalog.text("cli.kept-scratch", "folder", scratch.toString()));
            }
            if (!report.passed().orElse(true)) {
                // the score as a number, for the Russian plural of points
                out.println(catalog.text(reports.failUnder().isPresent() ? "cli.below-pass-mark"
                        : "cli.below-course-pass-mark", "score", report.score().toBigDecimal(), "mark",
                        passMark.get().toBigDecimal()));
                out.flush();
                return EXIT_BELOW_THRESHOLD;
            }
            out.flush();
            return EXIT_OK;
        } finally {
            if (!reports.keep()) {
                deleteQuietly(scratch);
            }
        }
    }

    /** What a GitHub Actions step reads: the job summary, the Classroom result output, and a notice. */
    private void reportToGitHub(GradeReport report, Points failUnder, Catalog catalog) throws IOException {
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        String output = System.getenv("GITHUB_OUTPUT");
        if (summary != null && !summary.isBlank()) {
            GitHubSummary.appendTo(Path.of(summary), report, catalog);
        }
        if (output != null && !output.isBlank()) {
            ClassroomResult.writeOutputs(Path.of(output), report, failUnder, catalog);
        }
        out.println(ClassroomResult.noticeLine(report));
    }

    private int runBatch(Options options, Course course, Catalog catalog) {
        Options.Batch batch = options.batch();
        return guarded(catalog, "cli.failed.batch", () -> {
            StudentJvm.Settings settings = StudentJvm.Settings.defaults();
            SandboxChoice sandbox = SandboxChoice.detect(settings.java(), options.sandbox());
            if (!sandbox.reason().isEmpty()) {
                out.println(catalog.text("cli.sandbox-note", "reason", sandbox.reason(), "sandbox",
                        sandbox.forSlot(0).describe().in(catalog.language())));
            }
            long seed = options.seed() != null ? options.seed() : Parameters.newSeed();
            boolean terminal = System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI"));
            Progress progress = terminal ? new TerminalProgress(out, catalog) : new LogProgress(out, catalog);
            new BatchGrader(settings, sandbox, batch.jobs(), options.parallel(), catalog, course)
                    .run(batch.folder(), batch.out(), seed, batch.force(), progress);
            out.println(catalog.text("cli.batch-done", "seed", Long.toString(seed), "path",
                    batch.out().resolve("gradebook.csv").toString()));
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
