package grader.engine;

import grader.engine.compile.Compilation;
import grader.engine.compile.TaskCompiler;
import grader.engine.run.AgentJar;
import grader.engine.run.ProbeLauncher;
import grader.engine.run.ProgramRun;
import grader.engine.run.StudentJvm;
import grader.engine.submission.InvalidSubmissionException;
import grader.engine.submission.SourceFile;
import grader.engine.submission.SourceLocator;
import grader.engine.submission.Submission;
import grader.engine.submission.SubmissionReader;
import grader.probe.evidence.CallEvidence;
import grader.report.GradeReport;
import grader.report.TaskResult;
import grader.report.TaskStatus;
import grader.rubric.EvidenceStore;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.RubricCatalog;
import grader.rubric.RubricLauncher;
import grader.rubric.Task;
import grader.rubric.TaskEvidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grades one submission: reads it into a scratch copy, compiles each task, makes every planned call in a fresh
 * student JVM, and lets the rubric judge the evidence.
 *
 * <pre>{@code
 * GradeReport report = new Grader(new StudentJvm(StudentJvm.Settings.defaults()), 4)
 *         .grade(Path.of("submissions/reference"), Parameters.fromSeed(42), Files.createTempDirectory("grade"));
 * }</pre>
 *
 * <p>A task whose files are missing or do not compile gets 0 with the reason; the others are graded as usual. The
 * calls of all tasks run {@code parallelism} at a time: each in its own JVM, so one that hangs or exits costs only
 * the checks that need it.
 */
public final class Grader {

    private final StudentJvm jvm;
    private final ProbeLauncher probe;
    private final int parallelism;
    private final TaskCompiler compiler = new TaskCompiler();
    private final RubricLauncher rubric = new RubricLauncher();

    public Grader(StudentJvm jvm, int parallelism) {
        this.jvm = jvm;
        this.probe = new ProbeLauncher(jvm);
        this.parallelism = parallelism;
    }

    /**
     * @param path the submission, a folder or a {@code .zip}
     * @param scratch an empty folder this run may use (the student's code runs there)
     */
    public GradeReport grade(Path path, Parameters parameters, Path scratch) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Submission submission;
        try {
            submission = new SubmissionReader().read(path, scratch);
        } catch (InvalidSubmissionException e) {
            List<TaskResult> tasks = new ArrayList<>();
            for (Task task : Task.values()) {
                tasks.add(new TaskResult(task.number(), task.title(), TaskStatus.INVALID,
                        RubricCatalog.allFailed(task, "The submission could not be read: " + e.getMessage()),
                        List.of()));
            }
            return new GradeReport(SubmissionReader.nameOf(path), parameters.seed(), jvm.settings().sandbox()
                    .describe(), tasks, List.of("The submission could not be read: " + e.getMessage()),
                    seconds(started));
        }

        Map<Task, TaskResult> results = new EnumMap<>(Task.class);
        Map<Task, Path> compiled = new EnumMap<>(Task.class);
        for (Task task : Task.values()) {
            Optional<TaskResult> missing = missing(task, submission);
            if (missing.isPresent()) {
                results.put(task, missing.get());
                continue;
            }
            Compilation compilation = compileTask(task, submission, scratch);
            if (compilation.succeeded()) {
                compiled.put(task, compilation.classes());
            } else {
                results.put(task, new TaskResult(task.number(), task.title(), TaskStatus.COMPILE_ERROR,
                        RubricCatalog.allFailed(task, "This task does not compile, so it could not be graded."),
                        withNotes(task, submission, compilation.errors())));
            }
        }

        Map<Task, TaskEvidence> evidence = gather(compiled, parameters, scratch);
        Path evidenceFolder = scratch.resolve("evidence");
        for (var entry : evidence.entrySet()) {
            Task task = entry.getKey();
            EvidenceStore.write(evidenceFolder, entry.getValue());
            results.put(task, new TaskResult(task.number(), task.title(), TaskStatus.GRADED,
                    rubric.judge(task, evidenceFolder), withNotes(task, submission, List.of())));
        }
        return new GradeReport(submission.name(), parameters.seed(), jvm.settings().sandbox().describe(),
                List.copyOf(results.values()), submission.notes(), seconds(started));
    }

    /** A result for a task whose files are missing, or empty when it can be compiled. */
    private static Optional<TaskResult> missing(Task task, Submission submission) {
        var found = SourceLocator.locate(submission, task.classNames());
        List<String> missing = found.entrySet().stream().filter(e -> e.getValue().file().isEmpty())
                .map(e -> fileOf(e.getKey())).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String message = "Missing " + String.join(" and ", missing) + " (with its package declaration), so this "
                + "task could not be graded.";
        return Optional.of(new TaskResult(task.number(), task.title(), TaskStatus.MISSING,
                RubricCatalog.allFailed(task, message), List.of(message)));
    }

    private Compilation compileTask(Task task, Submission submission, Path scratch) throws IOException {
        List<SourceFile> sources = SourceLocator.locate(submission, task.classNames()).values().stream()
                .map(f -> f.file().orElseThrow()).toList();
        return compiler.compile(sources, classesOf(task, scratch));
    }

    private static Path classesOf(Task task, Path scratch) {
        return scratch.resolve("classes").resolve("task" + task.number());
    }

    private static List<String> withNotes(Task task, Submission submission, List<String> more) {
        List<String> notes = new ArrayList<>();
        SourceLocator.locate(submission, task.classNames()).values().stream().map(SourceLocator.Found::note)
                .filter(n -> !n.isEmpty()).forEach(n -> notes.add(capitalize(n) + "."));
        notes.addAll(more);
        return notes;
    }

    /** Runs every planned call of the compiled tasks, {@code parallelism} at a time. */
    private Map<Task, TaskEvidence> gather(Map<Task, Path> compiled, Parameters parameters, Path scratch)
            throws IOException, InterruptedException {
        Path agent = AgentJar.write(scratch.resolve("agent"));
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            Map<Task, Map<String, Future<Object>>> futures = new EnumMap<>(Task.class);
            for (var entry : compiled.entrySet()) {
                Map<String, Future<Object>> calls = new LinkedHashMap<>();
                for (PlannedCall call : entry.getKey().plan().calls(parameters)) {
                    Path folder = Files.createDirectories(scratch.resolve("run")
                            .resolve("task" + entry.getKey().number() + "-" + calls.size()));
                    calls.put(call.key(), pool.submit(() -> run(call, entry.getValue(), folder, agent)));
                }
                futures.put(entry.getKey(), calls);
            }
            Map<Task, TaskEvidence> evidence = new EnumMap<>(Task.class);
            for (var entry : futures.entrySet()) {
                Map<String, CallEvidence> calls = new LinkedHashMap<>();
                Map<String, ProgramRun> programs = new LinkedHashMap<>();
                for (var call : entry.getValue().entrySet()) {
                    Object result = get(call.getValue());
                    if (result instanceof CallEvidence e) {
                        calls.put(call.getKey(), e);
                    } else {
                        programs.put(call.getKey(), (ProgramRun) result);
                    }
                }
                evidence.put(entry.getKey(), new TaskEvidence(entry.getKey(), parameters, calls, programs));
            }
            return evidence;
        } finally {
            pool.shutdownNow();
        }
    }

    private Object run(PlannedCall call, Path classes, Path folder, Path agent) throws Exception {
        if (call instanceof PlannedCall.ProbeCall p) {
            Map<String, String> env = p.failingChildAgent() == null ? Map.of()
                    : Map.of("JAVA_TOOL_OPTIONS", "-javaagent:" + agent + "=" + p.failingChildAgent());
            return probe.call(p.describe(), p.spec(), classes, folder, env, p.limit());
        }
        var p = (PlannedCall.ProgramCall) call;
        return jvm.run(new StudentJvm.Launch(List.of(classes), p.mainClass(), p.args(), folder, Map.of(), "",
                p.limit()));
    }

    private static Object get(Future<Object> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IOException("a student JVM could not be run: " + e.getCause(), e.getCause());
        }
    }

    private static String fileOf(String className) {
        return className.replace('.', '/') + ".java";
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
