package grader.rubric.async;

import grader.probe.calls.async.ReturnedFuture;
import grader.probe.evidence.CallEvidence;
import grader.rubric.Check;
import grader.rubric.Feedback;
import grader.rubric.Millis;
import grader.rubric.Rubric;
import grader.rubric.TaskEvidence;
import grader.text.Message;
import java.time.Duration;

/**
 * Task 3's hidden check: the 10,000-item call, shown to students after the due date (the student template leaves
 * this class out; see {@link grader.rubric.HiddenPart}).
 */
@Rubric
public class AsyncHiddenRubric {

    @Check(id = "3.4", points = 6, hidden = true, value = "10,000 items complete within 3 delays, and the call "
            + "starts at most 64 new platform threads")
    void scalesWithoutThreads(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(AsyncPlan.MANY));
        ReturnedFuture result = AsyncRubric.completed(call, Message.of("rubric.async.many-never-hint"));
        Duration delay = AsyncPlan.DELAY;
        if (result.completedAtNanos() > delay.toNanos() * 3) {
            throw Feedback.because(Message.of("rubric.async.many-too-slow", "took",
                            Millis.of(result.completedAtNanos()), "delays",
                            Millis.delays(result.completedAtNanos(), delay)))
                    .evidence(Feedback.busyMachine(call, AsyncPlan.TOLERATED_LATENESS))
                    .hint(Message.of("rubric.async.many-too-slow-hint"))
                    .failure();
        }
        if (result.threadsStarted() > AsyncRubric.MAX_NEW_THREADS) {
            throw Feedback.because(Message.of("rubric.async.many-threads", "started", result.threadsStarted(), "most",
                            AsyncRubric.MAX_NEW_THREADS))
                    .hint(Message.of("rubric.async.many-threads-hint"))
                    .failure();
        }
    }
}
