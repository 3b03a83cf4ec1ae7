package grader.rubric.factorial;

import grader.engine.run.ProgramRun;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.ChildProcess;
import grader.probe.evidence.Outcome;
import grader.probe.evidence.ProcessObservation;
import grader.probe.evidence.ReturnedValue;
import grader.rubric.Check;
import grader.rubric.Feedback;
import grader.rubric.Rubric;
import grader.rubric.TaskEvidence;
import grader.text.Localized;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Task 4, {@code homework.factorial.ProcessFactorials} and {@code FactorialWorker} (25 points). */
@Rubric
public class FactorialRubric {

    static final String WORKER = "homework.factorial.FactorialWorker";
    static final String LINE_25 = "25! = 15511210043330985984000000";

    @Check(id = "4.1", points = 5, value = "the returned map is right (max = 10, and another max from 2 to 20)")
    void mapIsRight(TaskEvidence evidence) {
        checkMap(evidence, FactorialPlan.TEN);
    }

    /** Fails unless the call {@code key} returned n -> n! for every n from 1 to its max. */
    static void checkMap(TaskEvidence evidence, String key) {
        CallEvidence call = Feedback.returned(evidence.call(key));
        int max = key.equals(FactorialPlan.TEN) ? 10 : evidence.parameters().factorialMax();
        var returned = call.returned(ReturnedValue.Factorials.class).orElseThrow();
        if (returned.nulls() < 0) {
            throw Feedback.because(call.call() + " returned null").failure();
        }
        Map<Integer, BigInteger> expected = new TreeMap<>();
        BigInteger f = BigInteger.ONE;
        for (int n = 1; n <= max; n++) {
            f = f.multiply(BigInteger.valueOf(n));
            expected.put(n, f);
        }
        if (!expected.equals(returned.factorials()) || returned.nulls() > 0) {
            throw Feedback.because("the map " + call.call() + " returned is wrong: " + difference(expected,
                    returned.factorials(), returned.nulls())).failure();
        }
    }

    @Check(id = "4.2", points = 6, value = "one child JVM per number, each running `FactorialWorker` with its own "
            + "number")
    void oneChildPerNumber(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(FactorialPlan.TEN));
        List<ChildProcess> workers = workers(call.processes());
        if (workers.isEmpty()) {
            throw Feedback.because(call.call() + " started no child JVM running " + WORKER)
                    .evidence(call.processes().children().isEmpty() ? "no child process at all"
                            : "child processes: " + commands(call.processes().children()))
                    .hint("start each child with new ProcessBuilder(java, \"-cp\", classPath, \"" + WORKER
                            + "\", String.valueOf(n)).start()")
                    .failure();
        }
        List<String> arguments = workers.stream().map(w -> String.join(" ", w.programArguments())).sorted().toList();
        List<String> expected = IntStream.rangeClosed(1, 10).mapToObj(String::valueOf).sorted().toList();
        if (!arguments.equals(expected)) {
            throw Feedback.because(call.call() + " should start 10 child JVMs, one per number, each running " + WORKER
                            + " with its number; it started " + workers.size())
                    .evidence("their arguments: " + workers.stream().map(w -> w.programArguments().toString())
                            .collect(Collectors.joining(", ")))
                    .hint("one child process per number, with that number as its only argument")
                    .failure();
        }
    }

    @Check(id = "4.3", points = 6, value = "the children ran at the same time (several alive at once, not one after "
            + "another)")
    void childrenOverlap(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(FactorialPlan.TEN));
        List<Long> workerPids = workers(call.processes()).stream().map(ChildProcess::pid).toList();
        long together = call.processes().mostAliveAtOnce().stream().filter(workerPids::contains).count();
        if (together < 2) {
            throw Feedback.because("the child JVMs of " + call.call() + " ran one after another: never were two "
                            + "alive at once")
                    .evidence(workerPids.size() + " worker children seen, watched " + call.processes().polls()
                            + " times")
                    .hint("start every child first, then read and wait for each; waitFor() right after start() "
                            + "runs them one by one")
                    .failure();
        }
    }

    @Check(id = "4.4", points = 3, value = "no child process (nor any process a child started) is left running when "
            + "`compute` returns, and a child that exits non-zero makes `compute` throw")
    void cleanEndAndExitCodes(TaskEvidence evidence) {
        for (String key : List.of(FactorialPlan.TEN, FactorialPlan.RANDOM)) {
            CallEvidence call = Feedback.returned(evidence.call(key));
            noneLeft(call, "returned");
        }
        CallEvidence failing = evidence.call(FactorialPlan.FAILING);
        if (failing.outcome() == Outcome.RETURNED) {
            throw Feedback.because(failing.call() + " returned normally although the child for "
                            + FactorialPlan.FAILING_NUMBER + " exited with status 3 and printed nothing")
                    .hint("check each child's exit status (waitFor() returns it) and throw an exception that names "
                            + "the number")
                    .failure();
        }
        if (failing.outcome() != Outcome.THREW) {
            throw Feedback.callFailed(failing);
        }
        noneLeft(failing, "threw");
    }

    @Check(id = "4.5", points = 5, value = "`FactorialWorker` run on its own prints the right line for 25 (needs a "
            + "`BigInteger`) and exits non-zero for the argument `abc`")
    void workerOnItsOwn(TaskEvidence evidence) {
        ProgramRun run25 = evidence.program(FactorialPlan.WORKER_25);
        if (run25.timedOut() || run25.exitCode() != 0 || !run25.stdoutLines().contains(LINE_25)) {
            throw Feedback.because("`java " + WORKER + " 25` should print `" + LINE_25 + "` and exit 0")
                    .evidence("it " + ended(run25) + " and printed: " + shown(run25.stdout()))
                    .evidence(Localized.allVerbatim(errorsOf(run25)))
                    .hint(run25.stdout().contains("25! = ") ? "25! does not fit in a long: use BigInteger" : "")
                    .failure();
        }
        ProgramRun runAbc = evidence.program(FactorialPlan.WORKER_ABC);
        if (runAbc.timedOut() || runAbc.exitCode() == 0) {
            throw Feedback.because("`java " + WORKER + " abc` should print a message on standard error and exit "
                            + "with a non-zero status")
                    .evidence("it " + ended(runAbc))
                    .hint("catch NumberFormatException, print to System.err and call System.exit(1)")
                    .failure();
        }
    }

    private static void noneLeft(CallEvidence call, String how) {
        List<ChildProcess> left = call.processes().children().stream().filter(ChildProcess::aliveAfterReturn)
                .toList();
        if (!left.isEmpty()) {
            throw Feedback.because(left.size() + " child process(es) were still running after " + call.call() + " "
                            + how)
                    .evidence("still running: " + commands(left))
                    .hint("wait for every child (waitFor), or destroy the others, before you return or throw")
                    .failure();
        }
    }

    /** The children that are JVMs running the worker. */
    static List<ChildProcess> workers(ProcessObservation processes) {
        return processes.children().stream().filter(c -> c.mainClass().equals(WORKER)).toList();
    }

    private static String commands(List<ChildProcess> children) {
        return children.stream().limit(5).map(c -> c.mainClass().isEmpty() ? String.join(" ", c.arguments())
                : c.mainClass() + " " + c.programArguments()).collect(Collectors.joining("; "));
    }

    /** The start of what a run printed on standard error (a crash's exception is there), or nothing. */
    private static List<String> errorsOf(ProgramRun run) {
        List<String> lines = run.stderr().strip().lines().filter(l -> !l.startsWith("Picked up ")).limit(3)
                .toList();
        return lines.isEmpty() ? List.of() : List.of("its standard error: " + String.join(" | ", lines));
    }

    private static String ended(ProgramRun run) {
        return run.timedOut() ? "did not end within " + run.millis() + " ms" : "exited with status " + run.exitCode();
    }

    private static String shown(String stdout) {
        String s = stdout.strip();
        return s.isEmpty() ? "nothing" : "`" + (s.length() > 200 ? s.substring(0, 200) + "..." : s) + "`";
    }

    private static String difference(Map<Integer, BigInteger> expected, Map<Integer, BigInteger> actual, int nulls) {
        List<String> problems = new ArrayList<>();
        for (var e : expected.entrySet()) {
            BigInteger got = actual.get(e.getKey());
            if (got == null) {
                problems.add("no entry for " + e.getKey());
            } else if (!got.equals(e.getValue())) {
                problems.add(e.getKey() + " -> " + got + ", expected " + e.getValue());
            }
        }
        actual.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(k -> problems.add("unexpected key " + k));
        if (nulls > 0) {
            problems.add(nulls + " entries with null or a wrong type");
        }
        return String.join("; ", problems.subList(0, Math.min(3, problems.size())))
                + (problems.size() > 3 ? "; ..." : "");
    }
}
