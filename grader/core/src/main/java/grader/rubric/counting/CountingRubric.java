package grader.rubric.counting;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.PrintedLine;
import grader.probe.evidence.ThreadFact;
import grader.rubric.Check;
import grader.rubric.Feedback;
import grader.rubric.Lines;
import grader.rubric.Millis;
import grader.rubric.Rubric;
import grader.rubric.TaskEvidence;
import grader.text.Localized;
import grader.text.Message;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Task 2, {@code homework.counting.DelayedCounting} (25 points). */
@Rubric
public class CountingRubric {

    /** The number alone, or a label, {@code ": "} and the number. */
    private static final Pattern LINE = Pattern.compile("(?:.+: )?(\\d+)");
    private static final List<Integer> ONE_TO_TEN = IntStream.rangeClosed(1, 10).boxed().toList();

    /**
     * How much earlier than one delay a line may come: sleeps may end a little early on some platforms (a tenth
     * of the delay), and a fixed-rate scheduler that ran one line late runs the next one on time, so a line may
     * also come early by as much as the call's threads were seen waking up late.
     */
    static long toleranceNanos(Duration delay, CallEvidence call) {
        return Math.max(Math.max(3_000_000, delay.toNanos() / 10), call.worstLatenessNanos());
    }

    @Check(id = "2.1", points = 5, value = "every thread that printed printed exactly 1..10, in order (graded with "
            + "3 to 6 threads)")
    void eachCountsOneToTen(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(CountingPlan.RUN));
        if (call.lines().isEmpty()) {
            throw Feedback.because(Message.of("rubric.counting.printed-nothing", "call", call.call())).failure();
        }
        for (var entry : Lines.byThread(call, l -> true).entrySet()) {
            List<Integer> numbers = entry.getValue().stream().map(CountingRubric::number).toList();
            if (!numbers.equals(ONE_TO_TEN)) {
                throw Feedback.because(Message.of("rubric.counting.wrong-numbers", "thread",
                                Lines.threadName(call, entry.getKey()), "numbers", numbers.toString()))
                        .hint(Message.of("rubric.counting.for-loop"))
                        .failure();
            }
        }
    }

    @Check(id = "2.2", points = 5, value = "exactly `threads` distinct threads did the printing, none of them the "
            + "caller's")
    void rightNumberOfThreads(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(CountingPlan.RUN));
        int threads = CountingPlan.threads(evidence.parameters());
        List<ThreadFact> printers = call.printers();
        if (printers.stream().anyMatch(ThreadFact::isCaller)) {
            throw Feedback.because(Message.of("rubric.counting.caller-printed"))
                    .hint(Message.of("rubric.counting.caller-printed-hint", "threads", threads))
                    .failure();
        }
        if (printers.size() != threads) {
            throw Feedback.because(Message.of("rubric.counting.wrong-thread-count", "call", call.call(), "threads",
                            threads, "printed", printers.size()))
                    .evidence(Message.of("rubric.counting.printed-by", "threads",
                            String.join(", ", printers.stream().map(ThreadFact::name).toList())))
                    .failure();
        }
    }

    @Check(id = "2.3", points = 5, value = "two consecutive lines of one thread are at least `delay` apart (less a "
            + "small clock tolerance)")
    void delayBetweenNumbers(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(CountingPlan.RUN));
        Duration delay = CountingPlan.DELAY;
        for (List<PrintedLine> lines : Lines.byThread(call, l -> true).values()) {
            for (int i = 1; i < lines.size(); i++) {
                long gap = lines.get(i).atNanos() - lines.get(i - 1).atNanos();
                if (gap < delay.toNanos() - toleranceNanos(delay, call)) {
                    throw Feedback.because(Message.of("rubric.counting.too-soon", "thread", lines.get(i).threadName(),
                                    "line", lines.get(i).text(), "gap", Millis.of(gap), "previous",
                                    lines.get(i - 1).text(), "delay", Millis.of(delay)))
                            .evidence(Feedback.busyMachine(call, CountingPlan.TOLERATED_LATENESS))
                            .hint(Message.of("rubric.counting.sleep-hint"))
                            .failure();
                }
            }
        }
    }

    /**
     * The lower bound is measured from the call's start, which only a late start can lengthen; the upper one from
     * the first number, because what comes before it (starting threads, loading classes) needs CPU that a loaded
     * machine hands out slowly, and a canary, which only sleeps, does not see that.
     */
    @Check(id = "2.4", points = 7, value = "the threads counted at the same time: the whole run takes between 9 "
            + "and 15 delays (a correct run takes 9 to 11; one counter after another takes `threads` times that)")
    void countersRunTogether(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(CountingPlan.RUN));
        Duration delay = CountingPlan.DELAY;
        long firstLine = call.lines().stream().mapToLong(PrintedLine::atNanos).min().orElse(0);
        long lastLine = call.lines().stream().mapToLong(PrintedLine::atNanos).max().orElse(0);
        long whole = Math.max(call.returnedAtNanos(), lastLine);
        if (whole < 9 * delay.toNanos() - toleranceNanos(delay, call)) {
            throw Feedback.because(Message.of("rubric.counting.too-fast", "whole", Millis.of(whole), "delays",
                            Millis.delays(whole, delay)))
                    .hint(Message.of("rubric.counting.wait-delay"))
                    .failure();
        }
        long counting = lastLine - firstLine;
        if (counting > 15 * delay.toNanos()) {
            throw Feedback.because(Message.of("rubric.counting.too-slow", "counting", Millis.of(counting), "delays",
                            Millis.delays(counting, delay), "threads", CountingPlan.threads(evidence.parameters())))
                    .evidence(firstLines(call))
                    .evidence(Feedback.busyMachine(call, CountingPlan.TOLERATED_LATENESS))
                    .hint(Message.of("rubric.counting.too-slow-hint"))
                    .failure();
        }
    }

    @Check(id = "2.5", points = 3, value = "`run` returns only after every line was printed, and no thread that "
            + "printed is still alive then (short grace)")
    void finishedBeforeReturn(TaskEvidence evidence) {
        Lines.requireFinishedBeforeReturn(Feedback.returned(evidence.call(CountingPlan.RUN)));
    }

    /** When each thread printed its first number: shows counters that ran one after another. */
    private static List<Localized> firstLines(CallEvidence call) {
        return Lines.byThread(call, l -> true).values().stream()
                .map(lines -> Localized.of("rubric.counting.first-number", "thread", lines.get(0).threadName(), "at",
                        Millis.of(lines.get(0).atNanos())))
                .limit(6).toList();
    }

    private static Integer number(PrintedLine line) {
        Matcher m = LINE.matcher(line.text().strip());
        if (!m.matches()) {
            throw Feedback.because(Message.of("rubric.counting.not-a-number"))
                    .evidence(Lines.show(line))
                    .failure();
        }
        try {
            return Integer.valueOf(m.group(1));
        } catch (NumberFormatException e) {
            throw Feedback.because(Message.of("rubric.counting.too-large")).evidence(Lines.show(line)).failure();
        }
    }
}
