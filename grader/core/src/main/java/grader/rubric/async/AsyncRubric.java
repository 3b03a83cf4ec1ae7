package grader.rubric.async;

import grader.probe.calls.async.ReturnedFuture;
import grader.probe.evidence.CallEvidence;
import grader.probe.calls.async.ReturnedFuture.Completion;
import grader.rubric.Check;
import grader.rubric.Feedback;
import grader.rubric.ListDiff;
import grader.rubric.Millis;
import grader.rubric.Rubric;
import grader.rubric.TaskEvidence;
import grader.text.Localized;
import grader.text.Message;
import java.time.Duration;
import java.util.List;

/** Task 3, {@code homework.async.AsyncSquares} (25 points). */
@Rubric
public class AsyncRubric {

    /** New platform threads a call may start: a few pool workers, never one per item. */
    static final int MAX_NEW_THREADS = 64;

    @Check(id = "3.1", points = 6, value = "the squares are right and in input order (negatives before positives, "
            + "zero, duplicates, values whose square needs a long)")
    void squaresRightInOrder(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(AsyncPlan.TEN));
        ReturnedFuture result = completed(call);
        List<Long> expected = AsyncPlan.TEN_NUMBERS.stream().map(x -> (long) x * x).toList();
        var difference = ListDiff.firstDifference(expected, result.values(),
                i -> Message.of("rubric.async.square-of", "x", Integer.toString(AsyncPlan.TEN_NUMBERS.get(i))));
        if (difference.isPresent()) {
            Feedback f = Feedback.because(Message.of("rubric.async.wrong-squares", "call", call.call(), "difference",
                    difference.get())).evidence(Message.of("rubric.async.completed-with", "list",
                    ListDiff.shorten(result.values())));
            if (expected.stream().sorted().toList().equals(result.values())) {
                f.hint(Message.of("rubric.async.keep-order"));
            } else if (expected.stream().map(v -> (long) v.intValue()).toList().equals(result.values())) {
                f.hint(Message.of("rubric.async.overflow"));
            }
            throw f.failure();
        }
    }

    /**
     * Judged on what the calling thread did: its own time (CPU, blocked and waiting, recorded by the probe), never
     * on whether the future was already complete at the return, which only says that a pool thread finished first.
     * A call that sleeps, joins or gets spends that time in its own thread, so it is still caught.
     */
    @Check(id = "3.2", points = 5, value = "the 10-item call returns within a quarter of the delay (it does not wait "
            + "for the work)")
    void returnsAtOnce(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(AsyncPlan.TEN));
        Duration delay = AsyncPlan.DELAY;
        var result = call.returned(ReturnedFuture.class).orElseThrow();
        // Not the wall time: a loaded machine that leaves the call without a CPU must not make it look slow.
        long own = result.activeNanos() >= 0 ? Math.min(result.activeNanos(), call.returnedAtNanos())
                : call.returnedAtNanos();
        if (own > delay.toNanos() / 4) {
            throw Feedback.because(Message.of("rubric.async.slow-return", "call", call.call(), "took", Millis.of(own),
                            "quarter", Millis.of(delay.toNanos() / 4)))
                    .evidence(result.doneAtReturn() ? List.of(Localized.of("rubric.async.done-at-return"))
                            : List.of())
                    .hint(Message.of("rubric.async.slow-return-hint"))
                    .failure();
        }
    }

    @Check(id = "3.3", points = 6, value = "the 10-item future completes between 0.9 and 1.5 delays after the call")
    void completesAfterOneDelay(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(AsyncPlan.TEN));
        ReturnedFuture result = completed(call);
        Duration delay = AsyncPlan.DELAY;
        long at = result.completedAtNanos();
        if (at < delay.toNanos() * 9 / 10) {
            throw Feedback.because(Message.of("rubric.async.too-early", "call", call.call(), "at", Millis.of(at),
                            "delays", Millis.delays(at, delay)))
                    .hint(Message.of("rubric.async.too-early-hint"))
                    .failure();
        }
        if (at > delay.toNanos() * 3 / 2) {
            throw Feedback.because(Message.of("rubric.async.too-late", "call", call.call(), "at", Millis.of(at),
                            "delays", Millis.delays(at, delay)))
                    .evidence(Feedback.busyMachine(call, AsyncPlan.TOLERATED_LATENESS))
                    .hint(Message.of("rubric.async.too-late-hint"))
                    .failure();
        }
    }

    @Check(id = "3.5", points = 2, value = "an empty list completes with an empty list")
    void emptyList(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(AsyncPlan.EMPTY));
        ReturnedFuture result = completed(call, Message.of("rubric.async.empty-never-hint"));
        if (!result.values().isEmpty()) {
            throw Feedback.because(Message.of("rubric.async.not-empty", "call", call.call(), "values",
                    result.values().toString())).failure();
        }
    }

    /** The future's result, or the check fails with why it did not complete normally. */
    private static ReturnedFuture completed(CallEvidence call) {
        return completed(call, Message.of("rubric.async.never-hint"));
    }

    /**
     * The future's result, or the check fails with why it did not complete normally.
     *
     * @param neverHint what to try when the future never completed
     */
    static ReturnedFuture completed(CallEvidence call, Message neverHint) {
        ReturnedFuture result = call.returned(ReturnedFuture.class).orElseThrow();
        if (result.completion() == Completion.COMPLETED && result.values() != null) {
            return result;
        }
        throw switch (result.completion()) {
            case NULL_FUTURE -> Feedback.because(Message.of("rubric.async.null-future", "call", call.call())).failure();
            case NOT_COMPLETED -> Feedback.because(Message.of("rubric.async.never-completed", "call", call.call()))
                    .hint(neverHint)
                    .failure();
            case COMPLETED_EXCEPTIONALLY -> Feedback.because(Message.of("rubric.async.exceptionally", "call",
                    call.call(), "thrown", Feedback.thrown(result.failure()))).failure();
            case COMPLETED -> Feedback.because(Message.of("rubric.async.completed-null", "call", call.call()))
                    .failure();
        };
    }
}
