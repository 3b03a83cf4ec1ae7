package grader.rubric.spinner;

import grader.probe.calls.spinner.SpinnerReturn;
import grader.probe.calls.spinner.WorkFailedException;
import grader.probe.calls.spinner.WorkRun;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Outcome;
import grader.probe.evidence.PrintedLine;
import grader.probe.evidence.ThreadFact;
import grader.rubric.Check;
import grader.rubric.Feedback;
import grader.rubric.Lines;
import grader.rubric.Millis;
import grader.rubric.Names;
import grader.rubric.Rubric;
import grader.rubric.TaskEvidence;
import grader.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Task 5, {@code homework.spinner.Spinner} (25 points). Rows 5.2 to 5.4 judge the call whose work returns, 5.5
 * the one whose work throws, 5.1 both: so a spinner that misbehaves only when the work throws loses 5.5 alone.
 */
@Rubric
public class SpinnerRubric {

    /** The frames in their order, as {@code println} prints them. */
    static final List<String> FRAMES = List.of("|", "/", "-", "\\");

    @Check(id = "5.1", points = 5, value = "the work's result is returned, and an exception thrown by the work is "
            + "rethrown unchanged (same class and message)")
    void resultAndExceptionComeBack(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(SpinnerPlan.RETURNS));
        SpinnerReturn returned = spinnerReturn(call);
        if (returned.work().calls() == 0) {
            throw workNotCalled(call);
        }
        if (!returned.isWorkResult()) {
            throw Feedback.because(Message.of("rubric.spinner.wrong-result", "call", call.call(), "returned",
                            returned.shown()))
                    .hint(Message.of("rubric.spinner.return-result-hint")).failure();
        }
        CallEvidence failing = evidence.call(SpinnerPlan.THROWS);
        if (failing.outcome() == Outcome.RETURNED) {
            throw Feedback.because(Message.of("rubric.spinner.swallowed", "call", failing.call(), "expected",
                            WorkFailedException.summary(), "returned", spinnerReturn(failing).shown()))
                    .hint(Message.of("rubric.spinner.rethrow-hint")).failure();
        }
        if (failing.outcome() != Outcome.THREW) {
            throw Feedback.callFailed(failing);
        }
        if (!failing.thrown().chain().equals(List.of(WorkFailedException.summary()))) {
            throw Feedback.because(Message.of("rubric.spinner.changed-exception", "call", failing.call(), "thrown",
                            Feedback.thrown(failing.thrown()), "expected", WorkFailedException.summary()))
                    .hint(Message.of("rubric.spinner.rethrow-hint")).failure();
        }
    }

    @Check(id = "5.2", points = 5, value = "while the work ran, one thread other than the caller printed frames: at "
            + "least 3, frames kept coming until the work ended (no gap longer than 2 × `frameInterval` plus a small "
            + "slack), and frame k (counting from 0) came no earlier than the first frame + (k − 1) × "
            + "`frameInterval`, so fixed-rate and fixed-delay spinners pass and one that does not wait fails")
    void framesWhileTheWorkRuns(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(SpinnerPlan.RETURNS));
        WorkRun work = ranWork(call);
        SpinnerTimes times = SpinnerTimes.of(evidence.parameters());
        List<PrintedLine> byCaller = call.lines().stream().filter(l -> l.threadId() == call.callerThreadId())
                .toList();
        if (!byCaller.isEmpty()) {
            Feedback f = Feedback.because(Message.of("rubric.spinner.caller-printed", "count", byCaller.size(),
                    "thread", byCaller.get(0).threadName())).evidence(Lines.showSome(byCaller, 2));
            if (work.threadId() != call.callerThreadId()) {
                f.evidence(Message.of("rubric.spinner.work-ran-on", "thread", work.threadName()));
            }
            throw f.hint(Message.of("rubric.spinner.caller-runs-work-hint")).failure();
        }
        Map<Long, List<PrintedLine>> spinners = Lines.byThread(call, l -> l.atNanos() <= work.endedAtNanos());
        if (spinners.isEmpty()) {
            throw Feedback.because(Message.of("rubric.spinner.no-frames", "from", Millis.of(work.startedAtNanos()),
                            "to", Millis.of(work.endedAtNanos())))
                    .evidence(call.lines().isEmpty() ? List.of() : Lines.showSome(call.lines(), 2))
                    .hint(Message.of("rubric.spinner.start-spinner-hint")).failure();
        }
        if (spinners.size() > 1) {
            List<String> names = spinners.keySet().stream().map(t -> Lines.threadName(call, t)).toList();
            throw Feedback.because(Message.of("rubric.spinner.several-spinners", "count", spinners.size(),
                            "threads", Names.of(names)))
                    .hint(Message.of("rubric.spinner.one-spinner-hint")).failure();
        }
        List<PrintedLine> frames = spinners.values().iterator().next();
        if (frames.size() < 3) {
            throw Feedback.because(Message.of("rubric.spinner.too-few-frames", "count", frames.size(), "work",
                            Millis.of(work.endedAtNanos() - work.startedAtNanos()), "interval",
                            Millis.of(times.interval())))
                    .evidence(Lines.showSome(frames, 3))
                    .hint(Message.of("rubric.spinner.loop-hint")).failure();
        }
        // a spinner that does not wait is named as such, even if the machine also left a gap in its frames
        requireWaitBetweenFrames(call, frames, times);
        requireNoLongGap(call, work, frames, times);
    }

    @Check(id = "5.3", points = 5, value = "every line the spinner printed is a frame, and the frames come in the "
            + "order `|`, `/`, `-`, `\\`, `|`, ... starting with `|`")
    void framesInOrder(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(SpinnerPlan.RETURNS));
        if (call.lines().isEmpty()) {
            throw Feedback.because(Message.of("rubric.spinner.printed-nothing", "call", call.call()))
                    .hint(Message.of("rubric.spinner.start-spinner-hint")).failure();
        }
        for (int k = 0; k < call.lines().size(); k++) {
            PrintedLine line = call.lines().get(k);
            String text = line.text().strip();
            if (!FRAMES.contains(text) || !line.terminated()) {
                throw Feedback.because(Message.of("rubric.spinner.not-a-frame", "k", k))
                        .evidence(Lines.show(line))
                        .hint(Message.of("rubric.spinner.only-frames-hint")).failure();
            }
            String expected = FRAMES.get(k % FRAMES.size());
            if (!text.equals(expected)) {
                Feedback f = Feedback.because(Message.of("rubric.spinner.wrong-frame", "k", k, "frame", text,
                        "expected", expected));
                call.lines().subList(Math.max(0, k - 2), k + 1).forEach(l -> f.evidence(Lines.show(l)));
                throw f.hint(Message.of("rubric.spinner.order-hint")).failure();
            }
        }
    }

    @Check(id = "5.4", points = 5, value = "the spinner stops with the work: `withSpinner` returns at most one "
            + "`frameInterval` (plus a small slack) after the work ended, nothing is printed after it returns, and the "
            + "spinner thread has terminated by then (short grace)")
    void stopsWithTheWork(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(SpinnerPlan.RETURNS));
        WorkRun work = ranWork(call);
        SpinnerTimes times = SpinnerTimes.of(evidence.parameters());
        requireStopped(call, Message.of("rubric.spinner.stop-hint"));
        long lag = call.returnedAtNanos() - work.endedAtNanos();
        if (lag > times.latestReturnNanos(call.worstLatenessNanos())) {
            throw Feedback.because(Message.of("rubric.spinner.returned-late", "call", call.call(), "lag",
                            Millis.of(lag), "intervals", intervals(lag, times), "interval",
                            Millis.of(times.interval())))
                    .evidence(Message.of("rubric.spinner.work-ended-returned", "ended",
                            Millis.of(work.endedAtNanos()), "returned", Millis.of(call.returnedAtNanos())))
                    .evidence(Feedback.busyMachine(call, SpinnerPlan.TOLERATED_LATENESS))
                    .hint(Message.of("rubric.spinner.returned-late-hint")).failure();
        }
    }

    @Check(id = "5.5", points = 5, value = "the same when the work throws: the spinner stops, its thread has "
            + "terminated, nothing is printed afterwards")
    void stopsWhenTheWorkThrows(TaskEvidence evidence) {
        CallEvidence call = evidence.call(SpinnerPlan.THROWS);
        if (!call.outcome().cameBack()) {
            throw Feedback.callFailed(call);
        }
        // the work must have failed (wrapped or not: that is row 5.1's business) and a spinner must have run,
        // else there was nothing to stop and the skeleton, which throws at once, would pass
        if (call.outcome() == Outcome.THREW && !call.thrown().chain().contains(WorkFailedException.summary())) {
            if (call.thrown().summary().contains("UnsupportedOperationException: TODO")) {
                throw Feedback.callFailed(call);
            }
            throw Feedback.because(Message.of("rubric.spinner.other-exception", "call", call.call(), "thrown",
                            Feedback.thrown(call.thrown())))
                    .hint(Message.of("rubric.spinner.call-work-hint")).failure();
        }
        if (call.outcome() == Outcome.RETURNED) {
            ranWork(call);
        }
        if (call.lines().isEmpty()) {
            throw Feedback.because(Message.of("rubric.spinner.no-spinner", "call", call.call()))
                    .hint(Message.of("rubric.spinner.start-spinner-hint")).failure();
        }
        requireStopped(call, Message.of("rubric.spinner.finally-hint"));
    }

    /** Nothing printed after the call came back, and no thread that printed alive after the grace. */
    private static void requireStopped(CallEvidence call, Message hint) {
        List<PrintedLine> late = Lines.afterReturn(call);
        if (!late.isEmpty()) {
            throw Feedback.because(Message.of("rubric.spinner.printed-after-return", "count", late.size(), "call",
                            call.call(), "outcome", outcome(call), "at", Millis.of(call.returnedAtNanos())))
                    .evidence(Lines.showSome(late, 3))
                    .hint(hint).failure();
        }
        for (ThreadFact printer : call.printers()) {
            if (!printer.isCaller() && printer.aliveAfterGrace()) {
                throw Feedback.because(Message.of("rubric.spinner.alive-after-return", "thread", printer.name(),
                                "call", call.call(), "outcome", outcome(call)))
                        .hint(hint).failure();
            }
        }
    }

    /** Fails when, while the work ran, the spinner printed nothing for more than two intervals and the slack. */
    private static void requireNoLongGap(CallEvidence call, WorkRun work, List<PrintedLine> frames,
            SpinnerTimes times) {
        List<Long> moments = new ArrayList<>();
        moments.add(work.startedAtNanos());
        frames.stream().mapToLong(PrintedLine::atNanos).filter(at -> at > work.startedAtNanos())
                .forEach(moments::add);
        moments.add(work.endedAtNanos());
        long bound = times.longestGapNanos(call.worstLatenessNanos());
        for (int i = 1; i < moments.size(); i++) {
            long gap = moments.get(i) - moments.get(i - 1);
            if (gap > bound) {
                throw Feedback.because(Message.of("rubric.spinner.gap", "gap", Millis.of(gap), "from",
                                Millis.of(moments.get(i - 1)), "to", Millis.of(moments.get(i)), "intervals",
                                intervals(gap, times), "interval", Millis.of(times.interval())))
                        .evidence(Message.of("rubric.spinner.work-ran", "from", Millis.of(work.startedAtNanos()),
                                "to", Millis.of(work.endedAtNanos())))
                        .evidence(Lines.showSome(frames, 3))
                        .evidence(Feedback.busyMachine(call, SpinnerPlan.TOLERATED_LATENESS))
                        .hint(Message.of("rubric.spinner.loop-hint")).failure();
            }
        }
    }

    /**
     * Fails when frame k came earlier than (k − 1) intervals, less the tolerance, after the call started. The
     * contract counts from the first frame; counting from the call's start (which is before the first frame) is the
     * same for a spinner that starts at once, and lets a fixed-rate scheduler whose first frame a busy machine
     * delayed by several intervals catch up on the frames it owes, as it must. A spinner that does not wait still
     * prints frame k long before (k − 1) intervals, however late it starts.
     */
    private static void requireWaitBetweenFrames(CallEvidence call, List<PrintedLine> frames, SpinnerTimes times) {
        long tolerance = times.earlyToleranceNanos(call.worstLatenessNanos());
        for (int k = 2; k < frames.size(); k++) {
            long since = frames.get(k).atNanos();
            if (since < (k - 1) * times.interval().toNanos() - tolerance) {
                throw Feedback.because(Message.of("rubric.spinner.too-soon", "k", k, "since", Millis.of(since),
                                "least", Millis.of((k - 1) * times.interval().toNanos()), "interval",
                                Millis.of(times.interval())))
                        .evidence(Lines.show(frames.get(0)))
                        .evidence(Lines.show(frames.get(k)))
                        .hint(Message.of("rubric.spinner.wait-hint")).failure();
            }
        }
    }

    private static SpinnerReturn spinnerReturn(CallEvidence call) {
        return call.returned(SpinnerReturn.class)
                .orElseThrow(() -> new IllegalStateException("no spinner evidence in " + call.call()));
    }

    /** The failure of a call that never called the work. */
    private static AssertionError workNotCalled(CallEvidence call) {
        return Feedback.because(Message.of("rubric.spinner.work-not-called", "call", call.call()))
                .hint(Message.of("rubric.spinner.call-work-hint")).failure();
    }

    /** The work's run, which the timed rows need; a call that never ran the work fails them. */
    private static WorkRun ranWork(CallEvidence call) {
        WorkRun work = spinnerReturn(call).work();
        if (work.calls() == 0) {
            throw workNotCalled(call);
        }
        if (!work.ran()) {
            throw Feedback.because(Message.of("rubric.spinner.work-unfinished", "call", call.call(), "thread",
                            work.threadName()))
                    .hint(Message.of("rubric.spinner.call-work-hint")).failure();
        }
        return work;
    }

    /** "returned" or "threw", as a word of the sentence. */
    private static Message outcome(CallEvidence call) {
        return Message.of(call.outcome() == Outcome.THREW ? "rubric.spinner.outcome.threw"
                : "rubric.spinner.outcome.returned");
    }

    private static Message intervals(long nanos, SpinnerTimes times) {
        return Message.of("rubric.spinner.intervals", "intervals", (double) nanos / times.interval().toNanos());
    }
}
