package grader.probe.calls.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How the queue's first takes were held: from the first thread that came to take, until {@code consumers}
 * threads were waiting at once (or the time-out), and each then until an element was there for it.
 *
 * @param firstArrivalNanos when the first thread came to take, in nanoseconds since the call ({@code -1}: none came)
 * @param openedAtNanos when the hold ended for all ({@code -1}: it never did)
 * @param timedOut whether it ended by its time-out, with fewer than {@code consumers} threads waiting
 * @param waitingThreadIds the threads that were waiting when it ended
 */
public record FirstTakesFact(long firstArrivalNanos, long openedAtNanos, boolean timedOut,
        List<Long> waitingThreadIds) implements Serializable {

    public FirstTakesFact {
        waitingThreadIds = new ArrayList<>(waitingThreadIds);
    }

    FirstTakesFact since(long originNanos) {
        return new FirstTakesFact(firstArrivalNanos < 0 ? -1 : firstArrivalNanos - originNanos,
                openedAtNanos < 0 ? -1 : openedAtNanos - originNanos, timedOut, waitingThreadIds);
    }
}
