package grader.probe.calls.pipeline;

import java.io.Serializable;

/**
 * The one put the queue held back.
 *
 * @param item the item whose put was held
 * @param threadId the thread that put it
 * @param threadName its name
 * @param heldFromNanos when its put began, in nanoseconds since the call
 * @param emptiedAtNanos when every other batch was in and the queue was empty ({@code -1}: never, during the hold)
 * @param releasedAtNanos when the put was let go
 * @param release why it was let go
 */
public record HeldPutFact(String item, long threadId, String threadName, long heldFromNanos, long emptiedAtNanos,
        long releasedAtNanos, Release release) implements Serializable {

    /** Why a held put was let go. */
    public enum Release {
        /** {@code consumers} threads were waiting in {@code take} or a timed {@code poll} on the empty queue. */
        CONSUMERS_WAITING,
        /** The queue had been empty, with the rest of the batches in, for the settle time. */
        SETTLED,
        /** The other batches never all came in, or the queue never emptied, within the hold's longest time. */
        TIMED_OUT
    }

    HeldPutFact since(long originNanos) {
        return new HeldPutFact(item, threadId, threadName, heldFromNanos - originNanos,
                emptiedAtNanos < 0 ? -1 : emptiedAtNanos - originNanos, releasedAtNanos - originNanos, release);
    }
}
