package grader.engine;

import grader.engine.compile.Compilation;
import grader.engine.compile.TaskCompiler;
import grader.engine.run.AgentJar;
import grader.engine.run.ProbeLauncher;
import grader.engine.run.StudentJvm;
import grader.engine.submission.InvalidSubmissionException;
import grader.engine.submission.SourceFile;
import grader.engine.submission.SourceLocator;
import grader.engine.submission.Submission;
import grader.engine.submission.SubmissionReader;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Outcome;
import grader.report.GradeReport;
import grader.report.TaskResult;
import grader.report.TaskStatus;
import grader.rubric.EvidenceStore;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.RubricCatalog;
import grader.rubric.RubricLauncher;
import grader.course.Course;
import grader.rubric.Assignment;
import grader.rubric.Assignments;
import grader.rubric.ProgramRun;
import grader.probe.calls.CallOptions;
import grader.probe.calls.CallRequest;
import grader.rubric.TaskEvidence;
import grader.text.Localized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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

    /**
     * Attempts at a timed call on a machine too busy to time it: the pauses between them add up to 15.5 s, which a
     * burst of load (another submission's heavy phase, a noisy neighbour of the VM) rarely outlasts.
     */
    static final int TIMED_ATTEMPTS = 6;

    /** The pause before each further attempt, doubling: a burst of load may pass meanwhile. */
    static final long FIRST_PAUSE_MILLIS = 500;

    private final StudentJvm jvm;
    private final int parallelism;
    private final PhaseGate gate;
    private final TaskCompiler compiler = new TaskCompiler();
    private final RubricLauncher rubric = new RubricLauncher();
    private final Course course;
    private final List<Assignment> homework;

    /** A grader of the default course: the four original tasks, each worth its rubric. */
    public Grader(StudentJvm jvm, int parallelism) {
        this(jvm, parallelism, PhaseGate.ofThisMachine());
    }

    public Grader(StudentJvm jvm, int parallelism, PhaseGate gate) {
        this(jvm, parallelism, gate, Assignments.installed().defaultHomework());
    }

    /** A grader of these assignments, each worth its rubric's points. */
    public Grader(StudentJvm jvm, int parallelism, PhaseGate gate, List<Assignment> homework) {
        this(jvm, parallelism, gate, Course.of(homework), homework);
    }

    /**
     * @param gate shared by the graders that run at the same time (a batch), so that timed calls never run while
     *     another grader is busy compiling or running task 4
     * @param course what to grade: its assignments in its order, each row worth its share of the task's weight,
     *     its hidden rows hidden, its left-out rows not graded; its pass mark goes into the report
     */
    public Grader(StudentJvm jvm, int parallelism, PhaseGate gate, Course course) {
        this(jvm, parallelism, gate, course, course.assignments(Assignments.installed()));
    }

    private Grader(StudentJvm jvm, int parallelism, PhaseGate gate, Course course, List<Assignment> homework) {
        this.jvm = jvm;
        this.parallelism = parallelism;
        this.gate = gate;
        this.course = course;
        this.homework = List.copyOf(homework);
    }

    /**
     * @param path the submission, a folder or a {@code .zip}
     * @param scratch an empty folder this run may use (the student's code runs there)
     */
    public GradeReport grade(Path path, Parameters parameters, Path scratch) throws IOException, InterruptedException {
        return grade(path, parameters, scratch, new PhaseTimes());
    }

    /** Grades as above and records how long each phase and call took in {@code times}. */
    public GradeReport grade(Path path, Parameters parameters, Path scratch, PhaseTimes times)
            throws IOException, InterruptedException {
        try {
            return gradeIn(path, parameters, scratch, times);
        } finally {
            jvm.settings().sandbox().cleanUp();
        }
    }

    private GradeReport gradeIn(Path path, Parameters parameters, Path scratch, PhaseTimes times)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        // a sandboxed user of its own must be able to pass through (not list) the scratch folder
        Files.setPosixFilePermissions(scratch, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
        Submission submission;
        try (var reading = times.start("read")) {
            submission = new SubmissionReader().read(path, scratch);
        } catch (InvalidSubmissionException e) {
            List<TaskResult> tasks = new ArrayList<>();
            for (Assignment task : homework) {
                tasks.add(new TaskResult(task.number(), task.title(), TaskStatus.INVALID,
                        RubricCatalog.allFailed(task, Localized.of("engine.unreadable", "reason", e.text())),
                        List.of(), false));
            }
            return new GradeReport(SubmissionReader.nameOf(path), parameters.seed(), jvm.settings().sandbox()
                    .describe(), weighed(tasks), List.of(Localized.of("engine.unreadable", "reason", e.text())),
                    seconds(started), course.pass().orElse(null));
        }

        Map<Assignment, TaskResult> results = new LinkedHashMap<>();
        Map<Assignment, List<SourceFile>> present = new LinkedHashMap<>();
        Map<Assignment, Map<String, SourceLocator.Found>> located = new LinkedHashMap<>();
        for (Assignment task : homework) {
            var found = SourceLocator.locate(submission, task.classNames());
            located.put(task, found);
            missing(task, found).ifPresentOrElse(r -> results.put(task, r), () -> present.put(task, sourcesOf(found)));
        }
        Map<Assignment, Path> compiled = new LinkedHashMap<>();
        PhaseGate.Pass busy = gate.enter(PhaseGate.Phase.BUSY);
        // javac keeps one core busy: the other warms the rubric's launcher meanwhile
        CompletableFuture.runAsync(() -> rubric.warmUp(homework));
        try {
            PhaseTimes.Running compiling = times.start("compile");
            // One compiler run for all tasks is much faster than one each; only when it fails is each task
            // compiled on its own, so that a task that does not compile costs only that task.
            Path together = scratch.resolve("classes").resolve("all");
            List<SourceFile> all = present.values().stream().flatMap(List::stream).toList();
            if (!all.isEmpty() && compiler.compile(all, together).succeeded()) {
                present.keySet().forEach(task -> compiled.put(task, together));
            } else {
                for (var entry : present.entrySet()) {
                    Assignment task = entry.getKey();
                    Compilation compilation = compiler.compile(entry.getValue(), classesOf(task, scratch));
                    if (compilation.succeeded()) {
                        compiled.put(task, compilation.classes());
                    } else {
                        results.put(task, new TaskResult(task.number(), task.title(), TaskStatus.COMPILE_ERROR,
                                RubricCatalog.allFailed(task,
                                        Localized.of("engine.does-not-compile")),
                                withNotes(located.get(task), compilation.errors()), false));
                    }
                }
            }
            compiling.close();

            Path evidenceFolder = scratch.resolve("evidence");
            gather(compiled, parameters, scratch, busy, times, evidence -> {
                Assignment task = byNumber(evidence.assignment());
                try (var judging = times.start("judge task " + task.number())) {
                    EvidenceStore.write(evidenceFolder, evidence);
                    results.put(task, new TaskResult(task.number(), task.title(), TaskStatus.GRADED,
                            rubric.judge(task, evidenceFolder), withNotes(located.get(task), List.of()),
                            timedOut(evidence)));
                }
            });
        } finally {
            busy.close();
        }
        return new GradeReport(submission.name(), parameters.seed(), jvm.settings().sandbox().describe(),
                weighed(homework.stream().map(results::get).toList()), submission.notes(), seconds(started),
                course.pass().orElse(null));
    }

    /** The rubric's verdicts of each task as the course counts them (the default course changes nothing). */
    private List<TaskResult> weighed(List<TaskResult> tasks) {
        return tasks.stream().map(t -> CourseWeighing.weigh(t, course.task(t.number()).orElseThrow(),
                RubricCatalog.rows(byNumber(t.number())))).toList();
    }

    private Assignment byNumber(int number) {
        return homework.stream().filter(a -> a.number() == number).findFirst().orElseThrow();
    }

    /** A result for a task whose files are missing, or empty when it can be compiled. */
    private static Optional<TaskResult> missing(Assignment task, Map<String, SourceLocator.Found> found) {
        List<String> missing = found.entrySet().stream().filter(e -> e.getValue().file().isEmpty())
                .map(e -> fileOf(e.getKey())).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        Localized files = Localized.verbatim(missing.get(0));
        for (String next : missing.subList(1, missing.size())) {
            files = Localized.of("rubric.common.and", "init", files, "last", next);
        }
        Localized message = Localized.of("engine.missing", "count", missing.size(), "files", files);
        return Optional.of(new TaskResult(task.number(), task.title(), TaskStatus.MISSING,
                RubricCatalog.allFailed(task, message), List.of(message),
                false));
    }

    private static List<SourceFile> sourcesOf(Map<String, SourceLocator.Found> found) {
        return found.values().stream()
                .map(f -> f.file().orElseThrow()).toList();
    }

    private static Path classesOf(Assignment task, Path scratch) {
        return scratch.resolve("classes").resolve("task" + task.number());
    }

    private static List<Localized> withNotes(Map<String, SourceLocator.Found> found, List<String> more) {
        List<Localized> notes = new ArrayList<>();
        found.values().stream().map(SourceLocator.Found::note)
                .filter(n -> !n.isBlank())
                .forEach(n -> notes.add(Localized.by(language -> capitalize(n.in(language)) + ".")));
        notes.addAll(Localized.allVerbatim(more));
        return notes;
    }

    /** What to do with a task's evidence once all its calls are done. */
    @FunctionalInterface
    private interface Judge {
        void judge(TaskEvidence evidence) throws IOException;
    }

    /**
     * Runs every planned call of the compiled tasks, {@code parallelism} at a time, in two phases: first the calls
     * whose checks do not measure time (task 4 starts dozens of JVMs), then those that do. A task whose calls are
     * all done is judged at once; the timed phase has the machine to itself.
     */
    private void gather(Map<Assignment, Path> compiled, Parameters parameters, Path scratch, PhaseGate.Pass busy,
            PhaseTimes times, Judge judge) throws IOException, InterruptedException {
        Path agent = AgentJar.write(scratch.resolve("agent"));
        ProbeLauncher probe = new ProbeLauncher(jvm, ProbeLauncher.copyProbe(scratch.resolve("probe")));
        Map<Assignment, List<PlannedCall>> plans = new LinkedHashMap<>();
        compiled.keySet().forEach(task -> plans.put(task, task.calls(parameters)));
        Map<Assignment, Map<String, Object>> results = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            try (busy) {
                // Tasks come in their order, so task 1 is judged while task 4's children are still running; every
                // untimed task is judged before the timed phase, whose clock it would otherwise disturb.
                var untimed = submit(pool, plans, compiled, false, scratch, agent, probe, times);
                for (var entry : untimed.entrySet()) {
                    Assignment task = entry.getKey();
                    collect(Map.of(task, entry.getValue()), results);
                    if (plans.get(task).stream().noneMatch(PlannedCall::measuresTime)) {
                        judge.judge(evidenceOf(task, parameters, results.get(task)));
                    }
                }
            }
            PhaseTimes.Running waiting = times.start("wait for the timed phase");
            try (PhaseGate.Pass timedPhase = gate.enter(PhaseGate.Phase.TIMED)) {
                waiting.close();
                collect(submit(pool, plans, compiled, true, scratch, agent, probe, times), results);
            }
            for (Assignment task : plans.keySet()) {
                if (plans.get(task).stream().anyMatch(PlannedCall::measuresTime)) {
                    judge.judge(evidenceOf(task, parameters, results.get(task)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<Assignment, Map<String, Future<Object>>> submit(ExecutorService pool, Map<Assignment, List<PlannedCall>> plans,
            Map<Assignment, Path> compiled, boolean timed, Path scratch, Path agent, ProbeLauncher probe, PhaseTimes times)
            throws IOException {
        Map<Assignment, Map<String, Future<Object>>> phase = new LinkedHashMap<>();
        for (var entry : plans.entrySet()) {
            Assignment task = entry.getKey();
            for (int i = 0; i < entry.getValue().size(); i++) {
                PlannedCall call = entry.getValue().get(i);
                if (call.measuresTime() != timed) {
                    continue;
                }
                Path folder = Files.createDirectories(scratch.resolve("run").resolve("task" + task.number() + "-" + i));
                phase.computeIfAbsent(task, t -> new LinkedHashMap<>()).put(call.key(),
                        pool.submit(() -> run(task, call, compiled.get(task), folder, agent, probe,
                                times, "task " + task.number() + " " + call.key())));
            }
        }
        return phase;
    }

    private static void collect(Map<Assignment, Map<String, Future<Object>>> phase, Map<Assignment, Map<String, Object>> results)
            throws IOException, InterruptedException {
        for (var entry : phase.entrySet()) {
            for (var call : entry.getValue().entrySet()) {
                results.computeIfAbsent(entry.getKey(), t -> new LinkedHashMap<>()).put(call.getKey(),
                        get(call.getValue()));
            }
        }
    }

    private static TaskEvidence evidenceOf(Assignment task, Parameters parameters, Map<String, Object> results) {
        Map<String, CallEvidence> calls = new LinkedHashMap<>();
        Map<String, ProgramRun> programs = new LinkedHashMap<>();
        results.forEach((key, result) -> {
            if (result instanceof CallEvidence e) {
                calls.put(key, e);
            } else {
                programs.put(key, (ProgramRun) result);
            }
        });
        return new TaskEvidence(task.number(), parameters, calls, programs);
    }

    private Object run(Assignment task, PlannedCall call, Path classes, Path folder, Path agent,
            ProbeLauncher probe, PhaseTimes times, String name) throws Exception {
        try (var running = times.start(name)) {
            if (call instanceof PlannedCall.ProbeCall p) {
                Map<String, String> env = p.failingChildAgent() == null ? Map.of()
                        : Map.of("JAVA_TOOL_OPTIONS", "-javaagent:" + agent + "=" + p.failingChildAgent());
                List<Path> visible = p.failingChildAgent() == null ? List.of() : List.of(agent);
                ProbeLauncher.Call launch = new ProbeLauncher.Call(p.describe(), classes, task.studentJvm(), folder,
                        env, p.limit(), visible);
                if (!p.measuresTime()) {
                    CallEvidence evidence = probe.call(launch, new CallRequest(p.arguments(), p.options()));
                    if (p.recheck() == null || !p.recheck().doubtful().test(evidence)) {
                        return evidence;
                    }
                    try (var rechecking = times.start(name + " recheck")) {
                        return probe.call(launch,
                                new CallRequest(p.arguments(), p.recheck().more().apply(p.options())));
                    }
                }
                return timed(p, times, name, options -> probe.call(launch, new CallRequest(p.arguments(), options)));
            }
            var p = (PlannedCall.ProgramCall) call;
            return jvm.run(new StudentJvm.Launch(List.of(classes), p.mainClass(), p.args(), folder, Map.of(), "",
                    p.limit()));
        }
    }

    /** One attempt at a timed call. */
    @FunctionalInterface
    private interface Attempt {
        CallEvidence make(CallOptions options) throws IOException, InterruptedException;
    }

    /**
     * Makes a timed call with a canary measuring how late threads wake up, and makes it again (at most
     * {@value #TIMED_ATTEMPTS} times in all, after pauses of 0.5, 1, 2, 4 and 8 s) while the machine disturbed it
     * more than its checks tolerate; the least disturbed attempt is the evidence. A wrong solution fails every
     * attempt, a correct one passes an undisturbed one, so the verdict does not depend on the load.
     */
    private static CallEvidence timed(PlannedCall.ProbeCall call, PhaseTimes times, String name, Attempt attempt)
            throws IOException, InterruptedException {
        CallOptions options = call.options().withCanary();
        CallEvidence best = null;
        for (int i = 0; i < TIMED_ATTEMPTS; i++) {
            if (i > 0) {
                Thread.sleep(FIRST_PAUSE_MILLIS << (i - 1));
            }
            CallEvidence evidence;
            try (var attempting = times.start(name + " attempt " + (i + 1))) {
                evidence = attempt.make(options);
            }
            if (best == null || evidence.worstLatenessNanos() < best.worstLatenessNanos()) {
                best = evidence;
            }
            // Only a call that returned is worth timing again: one that hung, crashed or was cut did so by itself.
            if (evidence.outcome() != Outcome.RETURNED
                    || evidence.worstLatenessNanos() <= call.toleratedLateness().toNanos()) {
                break;
            }
        }
        return best;
    }

    private static Object get(Future<Object> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IOException("a student JVM could not be run: " + e.getCause(), e.getCause());
        }
    }

    /** Whether a call of the task ran out of time or was killed at its limit. */
    private static boolean timedOut(TaskEvidence evidence) {
        return evidence.calls().values().stream().anyMatch(c -> c.outcome() == Outcome.TIMED_OUT)
                || evidence.programs().values().stream().anyMatch(ProgramRun::timedOut);
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
