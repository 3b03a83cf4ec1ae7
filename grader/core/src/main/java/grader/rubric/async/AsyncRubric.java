package grader.rubric.async;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.ReturnedValue;
import grader.probe.evidence.ReturnedValue.Completion;
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
        ReturnedValue.Async result = completed(call);
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
        Duration delay = evidence.parameters().asyncDelay();
        var result = call.returned(ReturnedValue.Async.class).orElseThrow();
        // Not the wall time: a loaded machine that leaves the call without a CPU must not make it look slow.
        long own = result.activeNanos() >= 0 ? Math.min(result.activeNanos(), call.returnedAtNanos())
                : call.returnedAtNanos();
        if (own > delay.toNanos() / 4) {
            throw Feedback.because(call.call() + " took " + Millis.show(own) + " to return (it ran, slept or "
                            + "waited that long); it must return the future at once, within a quarter delay ("
                            + Millis.show(delay.toNanos() / 4) + "), and let it complete later")
                    .evidence(result.doneAtReturn() ? List.of(Localized.verbatim("its future was already complete "
                            + "when it returned: squares() did the work, or waited for it, before returning"))
                            : List.of())
                    .hint("don't sleep, join() or get() in squares(): chain the work on the future instead")
                    .failure();
        }
    }

    @Check(id = "3.3", points = 6, value = "the 10-item future completes between 0.9 and 1.5 delays after the call")
    void completesAfterOneDelay(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(AsyncPlan.TEN));
        ReturnedValue.Async result = completed(call);
        Duration delay = evidence.parameters().asyncDelay();
        long at = result.completedAtNanos();
        if (at < delay.toNanos() * 9 / 10) {
            throw Feedback.because("the future of " + call.call() + " completed after " + Millis.show(at) + " = "
                            + Millis.inDelays(at, delay) + "; each item must take the delay")
                    .hint("delay each item, e.g. with CompletableFuture.delayedExecutor(delay.toMillis(), "
                            + "TimeUnit.MILLISECONDS)")
                    .failure();
        }
        if (at > delay.toNanos() * 3 / 2) {
            throw Feedback.because("the future of " + call.call() + " completed after " + Millis.show(at) + " = "
                            + Millis.inDelays(at, delay) + ": the items' delays did not all overlap")
                    .evidence(Feedback.busyMachine(call, AsyncPlan.TOLERATED_LATENESS))
                    .hint("a thread that sleeps blocks its pool, which runs only a few items at a time; schedule "
                            + "each item's delay (delayedExecutor, ScheduledExecutorService) instead of sleeping")
                    .failure();
        }
    }

    @Check(id = "3.5", points = 2, value = "an empty list completes with an empty list")
    void emptyList(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(AsyncPlan.EMPTY));
        ReturnedValue.Async result = completed(call, "with no items, nothing completes the result by itself: "
                + "complete it also when the list is empty (allOf() of nothing is already complete)");
        if (!result.values().isEmpty()) {
            throw Feedback.because("the future of " + call.call() + " completed with " + result.values()
                    + " instead of an empty list").failure();
        }
    }

    /** The future's result, or the check fails with why it did not complete normally. */
    private static ReturnedValue.Async completed(CallEvidence call) {
        return completed(call, "is the future completed on every path?");
    }

    /**
     * The future's result, or the check fails with why it did not complete normally.
     *
     * @param neverHint what to try when the future never completed
     */
    static ReturnedValue.Async completed(CallEvidence call, String neverHint) {
        ReturnedValue.Async result = call.returned(ReturnedValue.Async.class).orElseThrow();
        if (result.completion() == Completion.COMPLETED && result.values() != null) {
            return result;
        }
        throw switch (result.completion()) {
            case NULL_FUTURE -> Feedback.because(call.call() + " returned null instead of a future").failure();
            case NOT_COMPLETED -> Feedback.because("the future of " + call.call() + " never completed within its "
                            + "time limit")
                    .hint(neverHint)
                    .failure();
            case COMPLETED_EXCEPTIONALLY -> Feedback.because("the future of " + call.call()
                    + " completed with an exception: " + result.failure().describe()).failure();
            case COMPLETED -> Feedback.because("the future of " + call.call() + " completed with null").failure();
        };
    }
}
