package grader.probe.calls.pipeline;

import grader.probe.calls.pipeline.HeldPutFact.Release;
import java.util.Set;
import java.util.concurrent.locks.Condition;

/**
 * Holds back the put of one item (not the last of its batch) until the queue has run dry: every other batch is in
 * and the queue is empty, so that consumers that stop as soon as the queue looks empty stop then, every time.
 *
 * <p>Once the queue is dry the put is let go as soon as {@code consumers} threads wait in {@code take} or a timed
 * {@code poll} (correct consumers: they wait for more), or after the settle time, a couple of {@code workTime}s
 * (enough for a consumer that was still processing its last item to come back, find the queue empty and stop). A
 * longest time lets it go in any case (a solution whose other batches never come in while this one is held, such
 * as one thread putting every batch).
 *
 * <p>Why it costs a correct solution no point: its consumers wait for the held item, which comes, and are still
 * there to take it and the one after it; nothing of the batch's order changes (the same producer puts the rest
 * after it). The call only gets longer, and the timed checks are judged on a call without this hold. The held item
 * is the second-to-last of its batch, so after the hold its producer has at most two items left, which fit into
 * the queue even when no consumer is left to take them: a solution whose consumers did stop still returns, and
 * loses only the items.
 *
 * <p>Not thread-safe by itself: every method runs under the queue's lock, and waits on its condition.
 */
final class HeldPut {

    private final String item;
    private final Set<String> others;
    private final int consumers;
    private final long settleNanos;
    private final long longestNanos;
    private HeldPutFact fact;

    /**
     * @param item the item whose put is held
     * @param others the items of every other batch
     */
    HeldPut(String item, Set<String> others, int consumers, long settleNanos, long longestNanos) {
        this.item = item;
        this.others = Set.copyOf(others);
        this.consumers = consumers;
        this.settleNanos = settleNanos;
        this.longestNanos = longestNanos;
    }

    /** Holds the calling thread if it is about to put the held item, the first time only. */
    void hold(Object value, Thread self, Condition changed, QueueState queue) throws InterruptedException {
        if (fact != null || !item.equals(value)) {
            return;
        }
        long from = System.nanoTime();
        long longest = from + longestNanos;
        long dry = -1;
        Release release = Release.TIMED_OUT;
        while (System.nanoTime() < longest) {
            boolean isDry = queue.isEmpty() && queue.allPut(others);
            if (isDry && dry < 0) {
                dry = System.nanoTime();
            } else if (!isDry) {
                dry = -1;
            }
            if (dry >= 0 && queue.waitingTakers() >= consumers) {
                release = Release.CONSUMERS_WAITING;
                break;
            }
            if (dry >= 0 && System.nanoTime() - dry >= settleNanos) {
                release = Release.SETTLED;
                break;
            }
            long until = dry >= 0 ? Math.min(longest, dry + settleNanos) : longest;
            changed.awaitNanos(Math.max(1, until - System.nanoTime()));
        }
        fact = new HeldPutFact(item, self.getId(), self.getName(), from, dry, System.nanoTime(), release);
    }

    /** The hold, once it happened; null before. */
    HeldPutFact fact() {
        return fact;
    }
}
