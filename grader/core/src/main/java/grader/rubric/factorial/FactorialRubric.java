package grader.rubric.factorial;

import grader.rubric.CapBreach;
import grader.probe.calls.factorial.ReturnedFactorials;
import grader.rubric.ProgramRun;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.ChildProcess;
import grader.probe.evidence.Outcome;
import grader.probe.evidence.ProcessObservation;
import grader.rubric.Check;
import grader.rubric.Feedback;
import grader.rubric.Rubric;
import grader.rubric.TaskEvidence;
import grader.text.Localized;
import grader.text.Message;
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
        int max = key.equals(FactorialPlan.TEN) ? 10 : FactorialPlan.randomMax(evidence.parameters());
        var returned = call.returned(ReturnedFactorials.class).orElseThrow();
        if (returned.nulls() < 0) {
            throw Feedback.because(Message.of("rubric.factorial.returned-null", "call", call.call())).failure();
        }
        Map<Integer, BigInteger> expected = new TreeMap<>();
        BigInteger f = BigInteger.ONE;
        for (int n = 1; n <= max; n++) {
            f = f.multiply(BigInteger.valueOf(n));
            expected.put(n, f);
        }
        if (!expected.equals(returned.factorials()) || returned.nulls() > 0) {
            throw Feedback.because(Message.of("rubric.factorial.wrong-map", "call", call.call(), "difference",
                    difference(expected, returned.factorials(), returned.nulls()))).failure();
        }
    }

    @Check(id = "4.2", points = 6, value = "one child JVM per number, each running `FactorialWorker` with its own "
            + "number")
    void oneChildPerNumber(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(FactorialPlan.TEN));
        List<ChildProcess> workers = workers(call.processes());
        if (workers.isEmpty()) {
            throw Feedback.because(Message.of("rubric.factorial.no-child", "call", call.call(), "worker", WORKER))
                    .evidence(call.processes().children().isEmpty() ? Message.of("rubric.factorial.no-process")
                            : Message.of("rubric.factorial.children", "commands",
                                    commands(call.processes().children())))
                    .hint(Message.of("rubric.factorial.no-child-hint", "worker", WORKER))
                    .failure();
        }
        List<String> arguments = workers.stream().map(w -> String.join(" ", w.programArguments())).sorted().toList();
        List<String> expected = IntStream.rangeClosed(1, 10).mapToObj(String::valueOf).sorted().toList();
        if (!arguments.equals(expected)) {
            throw Feedback.because(Message.of("rubric.factorial.wrong-children", "call", call.call(), "worker", WORKER,
                            "count", workers.size()))
                    .evidence(Message.of("rubric.factorial.arguments", "arguments", workers.stream()
                            .map(w -> w.programArguments().toString()).collect(Collectors.joining(", "))))
                    .hint(Message.of("rubric.factorial.wrong-children-hint"))
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
            throw Feedback.because(Message.of("rubric.factorial.one-after-another", "call", call.call()))
                    .evidence(Message.of("rubric.factorial.seen", "workers", workerPids.size(), "polls",
                            call.processes().polls()))
                    .hint(Message.of("rubric.factorial.one-after-another-hint"))
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
            throw Feedback.because(Message.of("rubric.factorial.returned-normally", "call", failing.call(), "number",
                            String.valueOf(FactorialPlan.FAILING_NUMBER)))
                    .hint(Message.of("rubric.factorial.returned-normally-hint"))
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
        ProgramRun runAbc = evidence.program(FactorialPlan.WORKER_ABC);
        withinCaps("`java " + WORKER + " 25`", run25);
        withinCaps("`java " + WORKER + " abc`", runAbc);
        if (run25.timedOut() || run25.exitCode() != 0 || !run25.stdoutLines().contains(LINE_25)) {
            throw Feedback.because(Message.of("rubric.factorial.worker-25", "worker", WORKER, "line", LINE_25))
                    .evidence(Message.of("rubric.factorial.ended-and-printed", "ended", ended(run25), "printed",
                            shown(run25.stdout())))
                    .evidence(errorsOf(run25))
                    .hint(run25.stdout().contains("25! = ") ? Localized.of("rubric.factorial.use-big-integer")
                            : Localized.NONE)
                    .failure();
        }
        if (runAbc.timedOut() || runAbc.exitCode() == 0) {
            throw Feedback.because(Message.of("rubric.factorial.worker-abc", "worker", WORKER))
                    .evidence(Message.of("rubric.factorial.it-ended", "ended", ended(runAbc)))
                    .hint(Message.of("rubric.factorial.worker-abc-hint"))
                    .failure();
        }
    }

    /** A run that went past a cap of its sandbox fails, whatever it printed. */
    private static void withinCaps(String command, ProgramRun run) {
        if (run.overCap() != null) {
            throw Feedback.because(run.overCap().message(command)).hint(grader.rubric.CapBreach.hint())
                    .failure();
        }
    }

    private static void noneLeft(CallEvidence call, String how) {
        List<ChildProcess> left = call.processes().children().stream().filter(ChildProcess::aliveAfterReturn)
                .toList();
        if (!left.isEmpty()) {
            throw Feedback.because(Message.of("rubric.factorial.left-running", "count", left.size(), "call",
                            call.call(), "how", how))
                    .evidence(Message.of("rubric.factorial.still-running", "commands", commands(left)))
                    .hint(Message.of("rubric.factorial.left-running-hint"))
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
    private static List<Localized> errorsOf(ProgramRun run) {
        List<String> lines = run.stderr().strip().lines().filter(l -> !l.startsWith("Picked up ")).limit(3)
                .toList();
        return lines.isEmpty() ? List.of()
                : List.of(Localized.of("rubric.factorial.standard-error", "lines", String.join(" | ", lines)));
    }

    private static Message ended(ProgramRun run) {
        return run.timedOut() ? Message.of("rubric.factorial.did-not-end", "ms", String.valueOf(run.millis()))
                : Message.of("rubric.factorial.exited", "status", String.valueOf(run.exitCode()));
    }

    private static Localized shown(String stdout) {
        String s = stdout.strip();
        return s.isEmpty() ? Localized.of("rubric.factorial.nothing")
                : Localized.verbatim("`" + (s.length() > 200 ? s.substring(0, 200) + "..." : s) + "`");
    }

    private static Localized difference(Map<Integer, BigInteger> expected, Map<Integer, BigInteger> actual,
            int nulls) {
        List<Localized> problems = new ArrayList<>();
        for (var e : expected.entrySet()) {
            BigInteger got = actual.get(e.getKey());
            if (got == null) {
                problems.add(Localized.of("rubric.factorial.no-entry", "n", String.valueOf(e.getKey())));
            } else if (!got.equals(e.getValue())) {
                problems.add(Localized.of("rubric.factorial.wrong-entry", "n", String.valueOf(e.getKey()), "got",
                        got.toString(), "expected", e.getValue().toString()));
            }
        }
        actual.keySet().stream().filter(k -> !expected.containsKey(k))
                .forEach(k -> problems.add(Localized.of("rubric.factorial.unexpected-key", "n", String.valueOf(k))));
        if (nulls > 0) {
            problems.add(Localized.of("rubric.factorial.nulls", "count", nulls));
        }
        Localized some = Localized.join("; ", problems.subList(0, Math.min(3, problems.size())));
        return problems.size() > 3 ? Localized.join("", List.of(some, Localized.verbatim("; ..."))) : some;
    }
}
