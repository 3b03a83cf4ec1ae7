package grader.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import grader.course.Course;
import grader.course.GraderOffer;
import grader.engine.Grader;
import grader.engine.PhaseGate;
import grader.engine.run.ProbeLauncher;
import grader.engine.run.SandboxChoice;
import grader.engine.run.StudentJvm;
import grader.engine.submission.SubmissionReader;
import grader.report.ClassReport;
import grader.report.GradeReport;
import grader.report.GradescopeResults;
import grader.report.TextReport;
import grader.rubric.Parameters;
import grader.text.Catalog;
import grader.text.Localized;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Grades every submission of a class (each sub-folder or archive is one, named after it; loose files of an LMS
 * download are grouped by student), several at once.
 *
 * <pre>{@code
 * var batch = new BatchGrader(settings, SandboxChoice.detect(settings.java(), Mode.AUTO), 2, 4,
 *         Catalog.of(Language.RU));
 * BatchGrader.Result r = batch.run(Path.of("class-2026"), Path.of("grades"), seed, false, new LogProgress(out));
 * }</pre>
 *
 * <p>Each submission being graded holds one <em>slot</em>; a slot has a sandbox of its own (its own user id and
 * CPU share), so that one submission's processes can be counted, capped and killed without touching another's.
 * All slots share one {@link PhaseGate}: a submission's timed calls never run while another one is compiling or
 * starting task 4's child JVMs. Outputs, in the out folder: {@code gradebook.csv}, {@code report.html} (the class
 * at a glance, in the catalog's language); per submission {@code <name>/results.json} (Gradescope),
 * {@code <name>/feedback.txt} (what {@code ./grade} prints) and {@code <name>/grade.json} with its content key: a
 * submission whose key is unchanged is not graded again unless {@code force}.
 */
public final class BatchGrader {

    /** A backstop for one submission: far above the sum of its calls' own limits running {@code jvms} at a time. */
    static final long SUBMISSION_LIMIT_SECONDS = 300;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param reports every submission's report, sorted by name
     * @param graded how many were graded in this run (the others were unchanged)
     */
    public record Result(List<GradeReport> reports, int graded, double seconds, Localized sandbox, String version) {}

    private final StudentJvm.Settings settings;
    private final SandboxChoice sandbox;
    private final int parallelSubmissions;
    private final int jvmsPerSubmission;
    private final String version;
    /** What a content key is made for: this grader's code and the course's grading. */
    private final String verdictOf;
    private final Catalog catalog;
    private final Course course;
    private final PhaseGate gate = PhaseGate.ofThisMachine();

    /** A batch of the default course. */
    public BatchGrader(StudentJvm.Settings settings, SandboxChoice sandbox, int parallelSubmissions,
            int jvmsPerSubmission, Catalog catalog) {
        this(settings, sandbox, parallelSubmissions, jvmsPerSubmission, catalog,
                Course.byDefault(GraderOffer.ofThisGrader()));
    }

    /**
     * @param catalog the language of the class report and of each submission's feedback
     * @param course what each submission is graded for: the gradebook's columns and pass mark too
     */
    public BatchGrader(StudentJvm.Settings settings, SandboxChoice sandbox, int parallelSubmissions,
            int jvmsPerSubmission, Catalog catalog, Course course) {
        this.course = course;
        this.settings = settings;
        this.sandbox = sandbox;
        this.parallelSubmissions = parallelSubmissions;
        this.jvmsPerSubmission = jvmsPerSubmission;
        this.catalog = catalog;
        this.version = ContentKey.graderVersion(List.of(codeOf(BatchGrader.class), ProbeLauncher.probeLocation()));
        // a result is reused only for the same course: its weights, hidden rows and pass mark are in the verdict
        // (its language is not: what people read is written again each run)
        this.verdictOf = version + "\n" + course.tasks() + "\n" + course.pass();
    }

    /**
     * Grades the class at {@code folder}: a folder of submissions, or the class archive an LMS gives (see
     * {@link ClassDownload}).
     */
    public Result run(Path folder, Path out, long seed, boolean force, Progress progress)
            throws IOException, InterruptedException {
        Files.createDirectories(out);
        try (ClassDownload download = ClassDownload.open(folder, out)) {
            return run(download.submissions(), folder, out, seed, force, progress);
        }
    }

    private Result run(List<Path> submissions, Path folder, Path out, long seed, boolean force, Progress progress)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        List<GradeReport> reports = new ArrayList<>();
        List<Path> toGrade = new ArrayList<>();
        for (Path submission : submissions) {
            GradeReport earlier = force ? null : cached(submission, out);
            if (earlier != null) {
                reports.add(earlier);
                writeReadable(earlier, out.resolve(SubmissionReader.nameOf(submission)));
            } else {
                toGrade.add(submission);
            }
        }
        progress.started(submissions.size(), reports.size());
        reports.forEach(r -> progress.gradingFinished(r, true));

        BlockingQueue<Integer> slots = new ArrayBlockingQueue<>(parallelSubmissions);
        for (int slot = 0; slot < parallelSubmissions; slot++) {
            slots.add(slot);
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallelSubmissions);
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        try {
            List<Future<GradeReport>> futures = new ArrayList<>();
            for (Path submission : toGrade) {
                futures.add(pool.submit(() -> {
                    int slot = slots.take();
                    try {
                        return gradeOne(submission, out, slot, seed, progress, watchdog);
                    } finally {
                        slots.add(slot);
                    }
                }));
            }
            for (Future<GradeReport> future : futures) {
                try {
                    reports.add(future.get());
                } catch (ExecutionException e) {
                    throw new IOException("grading failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            watchdog.shutdownNow();
        }
        reports.sort(Comparator.comparing(GradeReport::submission));
        Gradebook.write(reports, course.numbers(), course.pass(), out.resolve("gradebook.csv"));
        double seconds = (System.nanoTime() - started) / 1e9;
        ClassReport.write(reports, new ClassReport.Info(catalog.text("classreport.title", "folder",
                SubmissionReader.nameOf(folder)), sandbox.forSlot(0).describe(), parallelSubmissions, seconds, version),
                catalog, out.resolve("report.html"));
        progress.finished(seconds);
        return new Result(reports, toGrade.size(), seconds, sandbox.forSlot(0).describe(), version);
    }

    private GradeReport gradeOne(Path submission, Path out, int slot, long seed, Progress progress,
            ScheduledExecutorService watchdog) throws IOException, InterruptedException {
        String name = SubmissionReader.nameOf(submission);
        progress.gradingStarted(name);
        var slotSandbox = sandbox.forSlot(slot);
        Path scratch = Files.createTempDirectory("batch-" + slot + "-");
        // The backstop: kill whatever the slot runs, which ends every call still waiting.
        var backstop = watchdog.schedule(slotSandbox::cleanUp, SUBMISSION_LIMIT_SECONDS, TimeUnit.SECONDS);
        GradeReport report;
        try {
            report = new Grader(new StudentJvm(settings.withSandbox(slotSandbox)), jvmsPerSubmission, gate, course)
                    .grade(submission, Parameters.fromSeed(seedOf(seed, name)), scratch);
        } finally {
            backstop.cancel(false);
            deleteQuietly(scratch);
        }
        save(report, submission, out.resolve(name));
        progress.gradingFinished(report, false);
        return report;
    }

    /** Each submission's own seed, the same whatever the order or parallelism of the batch. */
    static long seedOf(long batchSeed, String name) {
        return (batchSeed * 31 + name.hashCode()) & 0xFFFF_FFFFL;
    }

    private void save(GradeReport report, Path submission, Path folder) throws IOException {
        writeReadable(report, folder);
        JSON.writeValue(folder.resolve("grade.json").toFile(), report);
        Files.writeString(folder.resolve("content.key"), ContentKey.of(submission, verdictOf));
    }

    /**
     * What people read of one submission, in the catalog's language: written again for an unchanged submission
     * too, so that a batch run again with another {@code --lang} speaks it throughout without grading again.
     */
    private void writeReadable(GradeReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        GradescopeResults.write(report, folder.resolve("results.json"), catalog);
        var text = new StringWriter();
        TextReport.print(report, catalog, new PrintWriter(text));
        Files.writeString(folder.resolve("feedback.txt"), text.toString(), StandardCharsets.UTF_8);
    }

    /** The report of an earlier run, if the submission and the grader are unchanged since. */
    private GradeReport cached(Path submission, Path out) {
        Path folder = out.resolve(SubmissionReader.nameOf(submission));
        try {
            if (Files.readString(folder.resolve("content.key")).equals(ContentKey.of(submission, verdictOf))) {
                return JSON.readValue(folder.resolve("grade.json").toFile(), GradeReport.class);
            }
        } catch (IOException e) {
            // no earlier result, or an unreadable one: grade again
        }
        return null;
    }

    public String version() {
        return version;
    }

    private static Path codeOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over scratch folder is harmless
        }
    }
}
