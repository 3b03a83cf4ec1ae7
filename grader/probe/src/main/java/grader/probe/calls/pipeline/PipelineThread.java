package grader.probe.calls.pipeline;

import java.io.Serializable;

/**
 * A thread of the call (one that used the queue, or a platform thread the call started), as seen after the return.
 *
 * @param id its id
 * @param name its name
 * @param usedQueue whether it called a method of the queue
 * @param aliveAtReturn whether it was alive at the first look after the call returned
 * @param endedSeenAtNanos when a look first saw it ended, in nanoseconds since the call ({@code -1}: still alive
 *     when the watch ended); meaningful only if it was alive at the return
 */
public record PipelineThread(long id, String name, boolean usedQueue, boolean aliveAtReturn, long endedSeenAtNanos)
        implements Serializable {

    /** Whether it was still alive {@code graceNanos} after the return at {@code returnedAtNanos}. */
    public boolean aliveAfter(long returnedAtNanos, long graceNanos) {
        return aliveAtReturn && (endedSeenAtNanos < 0 || endedSeenAtNanos > returnedAtNanos + graceNanos);
    }
}
