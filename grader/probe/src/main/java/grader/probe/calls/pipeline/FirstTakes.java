package grader.probe.calls.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Condition;

/**
 * Holds the queue's first takes (and first looks: {@code peek}, {@code isEmpty}) until {@code consumers} threads
 * are waiting at once, and then each until an element is there for it (or every item is in).
 *
 * <p>Why: left alone, the first consumer to start may find the queue empty, or take every item before the others
 * are running; which of them consumes what would then depend on who got there first. Held like this, every one of
 * the {@code consumers} threads gets an item in the first round, and a consumer that stops as soon as
 * {@code poll()} returns null never stops on the empty queue of the start.
 *
 * <p>Why it costs a correct solution nothing: its {@code consumers} threads all come to take at once, so the hold
 * ends as soon as the last of them arrives; the producers are never held by it (they fill the queue meanwhile), so
 * an element is there at once. Only a solution with fewer consumers (or consumers that start one after another)
 * waits out the time-out, a few {@code workTime}s, and then goes on as it would have.
 *
 * <p>Not thread-safe by itself: every method runs under the queue's lock, and waits on its condition.
 */
final class FirstTakes {

    private final int consumers;
    private final long timeoutNanos;
    private final Set<Long> waiting = new LinkedHashSet<>();
    private boolean open;
    private boolean timedOut;
    private long firstArrival = -1;
    private long openedAt = -1;
    private List<Long> waitingAtOpen = List.of();

    /** A hold that never holds anyone. */
    static FirstTakes none() {
        FirstTakes none = new FirstTakes(1, 0);
        none.open = true;
        return none;
    }

    FirstTakes(int consumers, long timeoutNanos) {
        this.consumers = consumers;
        this.timeoutNanos = timeoutNanos;
    }

    /**
     * Holds the calling thread if the first takes are still held; returns at once afterwards.
     *
     * @param changed the queue's condition, signalled on every change of the queue and of its holds
     */
    void hold(Thread self, Condition changed, QueueState queue) throws InterruptedException {
        if (open) {
            return;
        }
        long now = System.nanoTime();
        if (firstArrival < 0) {
            firstArrival = now;
        }
        long deadline = firstArrival + timeoutNanos;
        waiting.add(self.getId());
        try {
            if (waiting.size() >= consumers) {
                openNow(false);
                changed.signalAll();
            }
            while (!open) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    openNow(true);
                    changed.signalAll();
                    break;
                }
                changed.awaitNanos(left);
            }
            // an element for each held thread, so that none is let go onto an empty queue at the start
            while (queue.isEmpty() && !queue.allItemsPut()) {
                long left = Math.max(deadline, openedAt + timeoutNanos) - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                changed.awaitNanos(left);
            }
        } finally {
            waiting.remove(self.getId());
        }
    }

    private void openNow(boolean byTimeOut) {
        open = true;
        timedOut = byTimeOut;
        openedAt = System.nanoTime();
        waitingAtOpen = new ArrayList<>(waiting);
    }

    FirstTakesFact fact() {
        return new FirstTakesFact(firstArrival, openedAt, timedOut, waitingAtOpen);
    }
}
