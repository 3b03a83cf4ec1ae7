package grader.rubric;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Stall;
import grader.probe.evidence.StalledThread;
import grader.probe.evidence.StalledThread.Activity;
import grader.probe.evidence.StalledThread.CodeLine;
import grader.probe.evidence.StalledThread.ThreadRef;
import grader.text.Localized;
import grader.text.Message;
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
            return Feedback.because(Message.of("rubric.stall.timed-out", "call", call.call()))
                    .hint(Message.of("rubric.stall.timed-out-hint"));
        }
        List<StalledThread> cycle = cycle(stall);
        List<Localized> evidence = new ArrayList<>();
        cycle.forEach(t -> evidence.add(where(List.of(t))));
        Map<Doing, List<StalledThread>> alike = new LinkedHashMap<>();
        stall.threads().stream().filter(t -> !cycle.contains(t))
                .forEach(t -> alike.computeIfAbsent(Doing.of(t), d -> new ArrayList<>()).add(t));
        alike.values().forEach(group -> evidence.add(where(group)));
        if (stall.leftOut() > 0) {
            evidence.add(Localized.of("rubric.stall.more-threads", "count", stall.leftOut()));
        }
        Feedback feedback;
        if (!cycle.isEmpty()) {
            feedback = Feedback.because(Message.of("rubric.stall.deadlock", "call", call.call(), "threads",
                            names(cycle)))
                    .hint(Message.of("rubric.stall.deadlock-hint"));
        } else if (stall.threads().stream().anyMatch(StallFeedback::goingOn)) {
            feedback = Feedback.because(Message.of("rubric.stall.going-on", "call", call.call()))
                    .hint(Message.of("rubric.stall.going-on-hint"));
        } else {
            feedback = Feedback.because(Message.of("rubric.stall.waiting", "call", call.call()))
                    .hint(Message.of("rubric.stall.waiting-hint"));
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

    /**
     * Where threads doing the same thing were and what they waited for, as one sentence. Each entry says who in
     * its own words ({@code several}: "thread `a` was", "threads `a` and `b` were"), since the verb agrees.
     */
    static Localized where(List<StalledThread> threads) {
        StalledThread t = threads.get(0);
        Object[] who = {"several", threads.size() == 1 ? "no" : "yes", "threads", names(threads)};
        String line = t.lines().get(0).toString();
        if (t.lines().size() > 1) {
            return said("rubric.stall.still-running", who, "lines", lines(t.lines()));
        }
        return switch (t.activity()) {
            case RUNNING -> t.inCall().isEmpty()
                    ? said("rubric.stall.still-running", who, "lines", line)
                    : said("rubric.stall.still-in", who, "method", t.inCall(), "line", line);
            case SLEEPING -> said("rubric.stall.sleeping", who, "line", line, "inCall", inCall(t));
            case BLOCKED -> t.lockOwner() == null
                    ? said("rubric.stall.blocked", who, "line", line, "inCall", inCall(t))
                    : said("rubric.stall.blocked-by", who, "line", line, "inCall", inCall(t), "owner",
                            t.lockOwner().name());
            case WAITING -> t.joining() != null
                    ? said("rubric.stall.waiting-for-end", who, "line", line, "inCall", inCall(t), "other",
                            t.joining().name())
                    : t.lockOwner() != null
                    ? said("rubric.stall.waiting-for-lock", who, "line", line, "inCall", inCall(t), "owner",
                            t.lockOwner().name())
                    : said("rubric.stall.waiting-at", who, "line", line, "inCall", inCall(t));
        };
    }

    private static Localized said(String key, Object[] who, Object... more) {
        Object[] all = java.util.Arrays.copyOf(who, who.length + more.length);
        System.arraycopy(more, 0, all, who.length, more.length);
        return Localized.of(key, all);
    }

    /** {@code X.java:44}, or {@code X.java:44, 45} for a loop seen at several lines of one file. */
    private static String lines(List<CodeLine> lines) {
        StringBuilder text = new StringBuilder(lines.get(0).toString());
        for (CodeLine l : lines.subList(1, lines.size())) {
            text.append(", ").append(l.file().equals(lines.get(0).file()) ? String.valueOf(l.line()) : l.toString());
        }
        return text.toString();
    }

    /** {@code " in `Thread.join`"} after a line, or nothing. */
    private static Localized inCall(StalledThread t) {
        return t.inCall().isEmpty() ? Localized.NONE : Localized.of("rubric.stall.in-call", "method", t.inCall());
    }

    /** {@code `a` and `b`}, {@code `a`, `b` and `c`}. */
    private static Localized names(List<StalledThread> threads) {
        return Names.of(threads.stream().map(t -> t.thread().name()).toList());
    }
}
