package grader.probe.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Threads seen alive at one instant while a printing thread was held at its first line (so it had not finished).
 *
 * @param heldThreadId the thread held at its first line
 * @param aliveThreadIds the other threads alive at that instant
 * @param timedOut whether the hold ended by its time-out rather than because the partner showed up or stalled
 */
public record Witness(long heldThreadId, List<Long> aliveThreadIds, boolean timedOut) implements Serializable {
    public Witness {
        aliveThreadIds = new ArrayList<>(aliveThreadIds);
    }
}
