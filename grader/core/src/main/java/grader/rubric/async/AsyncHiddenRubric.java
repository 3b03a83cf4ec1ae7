package grader.rubric.async;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.ReturnedValue;
import grader.rubric.Check;
import grader.rubric.Feedback;
import grader.rubric.Millis;
import grader.rubric.Rubric;
import grader.rubric.TaskEvidence;
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
        ReturnedValue.Async result = AsyncRubric.completed(call, "a thread that sleeps per item lets a pool run only "
                + "a few items at a time, so 10,000 take thousands of delays: schedule the delays instead of sleeping");
        Duration delay = evidence.parameters().asyncDelay();
        if (result.completedAtNanos() > delay.toNanos() * 3) {
            throw Feedback.because("10,000 items took " + Millis.show(result.completedAtNanos()) + " = "
                            + Millis.inDelays(result.completedAtNanos(), delay) + "; at most 3 are allowed")
                    .evidence(Feedback.busyMachine(call, AsyncPlan.TOLERATED_LATENESS))
                    .hint("the delays must overlap however many items there are: don't block a thread per item")
                    .failure();
        }
        if (result.threadsStarted() > AsyncRubric.MAX_NEW_THREADS) {
            throw Feedback.because("10,000 items started " + result.threadsStarted() + " new platform threads; at "
                            + "most " + AsyncRubric.MAX_NEW_THREADS + " are allowed")
                    .hint("a thread per item does not scale: let a scheduler wait out the delays")
                    .failure();
        }
    }
}
