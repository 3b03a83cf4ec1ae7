package grader.probe.calls.pipeline;

import java.io.Serializable;

/**
 * One call of a method of the grader's queue by the student's code.
 *
 * @param seq its place in the one order of all calls, from 0 (the order in which they took effect, under the
 *     queue's lock)
 * @param op the method
 * @param threadId the calling thread
 * @param threadName its name then
 * @param startNanos when the call began, in nanoseconds since the student's method was called
 * @param endNanos when it took effect (after any wait of its own and any hold of the grader's)
 * @param value the element it added or took out ({@code null} for a look such as {@code size()}, or a poll that
 *     found nothing); one event per element for {@code drainTo}, {@code addAll}, {@code clear}, {@code removeIf}
 * @param succeeded whether it added or took out {@code value} (false for an {@code offer} of a full queue, a
 *     {@code poll} of an empty one, and for every look)
 */
public record QueueEvent(long seq, QueueOp op, long threadId, String threadName, long startNanos, long endNanos,
        String value, boolean succeeded) implements Serializable {

    /** Whether it put an element into the queue. */
    public boolean inserted() {
        return succeeded && op.inserts();
    }

    /** Whether it took an element out of the queue. */
    public boolean removed() {
        return succeeded && op.removes();
    }

    /** The same event with its times counted from {@code originNanos} (a {@code System.nanoTime()}). */
    QueueEvent since(long originNanos) {
        return new QueueEvent(seq, op, threadId, threadName, startNanos - originNanos, endNanos - originNanos, value,
                succeeded);
    }
}
