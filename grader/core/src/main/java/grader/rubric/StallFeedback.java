package grader.rubric;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Stall;
import grader.probe.evidence.StalledThread;
import grader.probe.evidence.StalledThread.Activity;
import grader.probe.evidence.StalledThread.CodeLine;
import grader.probe.evidence.StalledThread.ThreadRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The feedback for a call that ran out of time, from where the probe saw its threads shortly before the limit:
 * a deadlock (the threads of the cycle and where each waits), a thread still going on by itself (the lines it was
 * seen at), or threads that all wait for something (for what, and where). Threads doing the same thing at the
 * same place share one line. Each sentence is built in one method of this class.
 */
final class StallFeedback {

    private StallFeedback() {}

    static Feedback timedOut(CallEvidence call) {
        Stall stall = call.stall();
        if (stall == null || stall.threads().isEmpty()) {
            return Feedback.because(call.call() + " did not return within its time limit")
                    .hint("a deadlock, an endless loop, or a join/await on something that never ends?");
        }
        List<StalledThread> cycle = cycle(stall);
        List<String> evidence = new ArrayList<>();
        cycle.forEach(t -> evidence.add(where(List.of(t))));
        Map<Doing, List<StalledThread>> alike = new LinkedHashMap<>();
        stall.threads().stream().filter(t -> !cycle.contains(t))
                .forEach(t -> alike.computeIfAbsent(Doing.of(t), d -> new ArrayList<>()).add(t));
        alike.values().forEach(group -> evidence.add(where(group)));
        if (stall.leftOut() > 0) {
            evidence.add(stall.leftOut() + " more threads of the call were in your code too");
        }
        Feedback feedback;
        if (!cycle.isEmpty()) {
            feedback = Feedback.because(call.call() + " did not return within its time limit: threads "
                            + names(cycle) + " deadlocked, each waiting for a lock that another of them holds")
                    .hint("take the locks in the same order in every thread, or hold only one at a time");
        } else if (stall.threads().stream().anyMatch(StallFeedback::goingOn)) {
            feedback = Feedback.because(call.call() + " did not return within its time limit: a thread was still "
                            + "running your code when the time ran out")
                    .hint("a loop that never ends? check how its condition becomes false, and that a flag another "
                            + "thread sets is volatile");
        } else {
            feedback = Feedback.because(call.call() + " did not return within its time limit: its threads were "
                            + "waiting for something that never happened")
                    .hint("every latch must be counted down to zero, every thread or process waited for must end, "
                            + "and every future waited for must be completed");
        }
        return feedback.evidence(evidence);
    }

    /**
     * The threads of the JVM's deadlock in the order they wait for each other, starting with the first deadlocked
     * one, or none when there is no deadlock (or its cycle is not all in the evidence).
     */
    static List<StalledThread> cycle(Stall stall) {
        Map<Long, StalledThread> byId = stall.threads().stream()
                .collect(Collectors.toMap(t -> t.thread().id(), Function.identity(), (a, b) -> a));
        List<StalledThread> chain = new ArrayList<>();
        StalledThread at = stall.threads().stream().filter(StalledThread::deadlocked).findFirst().orElse(null);
        while (at != null && at.deadlocked() && !chain.contains(at)) {
            chain.add(at);
            at = at.lockOwner() == null ? null : byId.get(at.lockOwner().id());
        }
        return at == null || !chain.contains(at) ? List.of() : chain.subList(chain.indexOf(at), chain.size());
    }

    /**
     * Whether a thread was going on by itself rather than waiting for another one: running its own code, seen at
     * more than one line, or asleep (a sleep ends by itself, so a thread asleep at the limit is in a loop).
     */
    private static boolean goingOn(StalledThread t) {
        return t.lines().size() > 1 || t.activity() == Activity.SLEEPING
                || (t.activity() == Activity.RUNNING && t.inCall().isEmpty());
    }

    /** What a thread was doing and where, without who it is: threads alike share one line of feedback. */
    private record Doing(Activity activity, List<CodeLine> lines, String inCall, ThreadRef lockOwner,
            ThreadRef joining) {
        static Doing of(StalledThread t) {
            return new Doing(t.activity(), t.lines(), t.inCall(), t.lockOwner(), t.joining());
        }
    }

    /** Where threads doing the same thing were and what they waited for, as one sentence. */
    static String where(List<StalledThread> threads) {
        StalledThread t = threads.get(0);
        String who = threads.size() == 1 ? "thread `" + t.thread().name() + "` was" : "threads " + names(threads)
                + " were";
        String line = t.lines().get(0).toString();
        if (t.lines().size() > 1) {
            return who + " still running " + lines(t.lines()) + " when the time ran out";
        }
        return switch (t.activity()) {
            case RUNNING -> t.inCall().isEmpty()
                    ? who + " still running " + line + " when the time ran out"
                    : who + " still in `" + t.inCall() + "`, called at " + line + ", when the time ran out";
            case SLEEPING -> who + " sleeping at " + line + inCall(t) + " when the time ran out";
            case BLOCKED -> t.lockOwner() == null
                    ? who + " blocked at " + line + inCall(t) + ", waiting for a lock"
                    : who + " blocked at " + line + inCall(t) + ", waiting for a lock that " + name(t.lockOwner())
                            + " holds";
            case WAITING -> t.joining() != null
                    ? who + " waiting at " + line + inCall(t) + " for " + name(t.joining()) + " to end"
                    : t.lockOwner() != null
                    ? who + " waiting at " + line + inCall(t) + " for a lock that " + name(t.lockOwner()) + " holds"
                    : who + " waiting at " + line + inCall(t);
        };
    }

    /** {@code X.java:44}, or {@code X.java:44, 45} for a loop seen at several lines of one file. */
    private static String lines(List<CodeLine> lines) {
        StringBuilder text = new StringBuilder(lines.get(0).toString());
        for (CodeLine l : lines.subList(1, lines.size())) {
            text.append(", ").append(l.file().equals(lines.get(0).file()) ? String.valueOf(l.line()) : l.toString());
        }
        return text.toString();
    }

    private static String inCall(StalledThread t) {
        return t.inCall().isEmpty() ? "" : " in `" + t.inCall() + "`";
    }

    private static String name(ThreadRef thread) {
        return "thread `" + thread.name() + "`";
    }

    /** {@code `a` and `b`}, {@code `a`, `b` and `c`}. */
    private static String names(List<StalledThread> threads) {
        List<String> names = threads.stream().map(t -> "`" + t.thread().name() + "`").toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
