package grader.rubric;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.PrintedLine;
import grader.text.Localized;
import grader.text.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Reading and showing printed lines, as the checks need them. */
public final class Lines {

    private Lines() {}

    /** A line as feedback shows it: {@code `3^2 = 9` (thread Thread-0, at 0.4 ms)}. */
    public static Localized show(PrintedLine line) {
        return Localized.of(shown(line));
    }

    /** {@link #show} as a message, for a sentence that holds a line. */
    public static Message shown(PrintedLine line) {
        return Message.of("rubric.common.line", "text", line.text(), "thread", line.threadName(), "at",
                Millis.of(line.atNanos()));
    }

    /** The lines of one call that {@code keep} accepts, grouped by the thread that printed them. */
    public static Map<Long, List<PrintedLine>> byThread(CallEvidence call, Predicate<PrintedLine> keep) {
        return call.lines().stream().filter(keep).collect(Collectors.groupingBy(PrintedLine::threadId,
                LinkedHashMap::new, Collectors.toList()));
    }

    /** The name of a thread of the call, or its id. */
    public static String threadName(CallEvidence call, long threadId) {
        return call.lines().stream().filter(l -> l.threadId() == threadId).map(PrintedLine::threadName)
                .findFirst().orElse("#" + threadId);
    }

    /** The lines printed after the call returned. */
    public static List<PrintedLine> afterReturn(CallEvidence call) {
        return call.lines().stream().filter(l -> l.atNanos() > call.returnedAtNanos()).toList();
    }

    /** Up to {@code count} lines, shown, and how many more there were. */
    public static List<Localized> showSome(List<PrintedLine> lines, int count) {
        List<Localized> shown = new java.util.ArrayList<>(lines.stream().limit(count).map(Lines::show).toList());
        if (lines.size() > count) {
            shown.add(Localized.of("rubric.common.more-lines", "count", lines.size() - count));
        }
        return shown;
    }

    /**
     * Fails unless the call finished its printing before it returned: no line after the return, and no thread that
     * printed still alive after the grace (executor threads may take a moment to end).
     */
    public static void requireFinishedBeforeReturn(CallEvidence call) {
        List<PrintedLine> late = afterReturn(call);
        if (!late.isEmpty()) {
            throw Feedback.because(Message.of("rubric.common.printed-after-return", "count", late.size(), "call",
                            call.call(), "at", Millis.of(call.returnedAtNanos())))
                    .evidence(showSome(late, 3))
                    .hint(Message.of("rubric.common.printed-after-return-hint"))
                    .failure();
        }
        call.printers().stream().filter(t -> !t.isCaller() && t.aliveAfterGrace()).findFirst().ifPresent(t -> {
            throw Feedback.because(Message.of("rubric.common.alive-after-return", "thread", t.name(), "call",
                            call.call()))
                    .hint(Message.of("rubric.common.alive-after-return-hint"))
                    .failure();
        });
    }
}
