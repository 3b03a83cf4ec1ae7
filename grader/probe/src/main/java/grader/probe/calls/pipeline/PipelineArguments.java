package grader.probe.calls.pipeline;

import grader.probe.calls.CallArguments;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of one call of {@code Pipeline.run}, and how the grader's queue holds it.
 *
 * @param batches the batches, in order; items are distinct, non-empty, without spaces, never starting with {@code #}
 * @param consumers the number of consumers asked for
 * @param workTimeMillis the {@code workTime} passed
 * @param capacity the capacity of the queue passed
 * @param firstTakesMillis how long the first takes wait for {@code consumers} takers at most (0: no hold)
 * @param heldItem the item whose put is held back until the queue runs dry (the second-to-last of its batch), or null
 * @param settleMillis how long a dry queue must stay dry before the held put is let go, unless consumers wait
 * @param heldLongestMillis how long the held put waits at most
 * @param graceMillis how long after the return every producer and consumer must have ended
 * @param watchMillis how long after the return the threads are watched for the moment they end
 */
public record PipelineArguments(List<List<String>> batches, int consumers, long workTimeMillis, int capacity,
        long firstTakesMillis, String heldItem, long settleMillis, long heldLongestMillis, long graceMillis,
        long watchMillis) implements CallArguments {

    public PipelineArguments {
        List<List<String>> copy = new ArrayList<>();
        for (List<String> batch : batches) {
            copy.add(new ArrayList<>(batch));
        }
        batches = copy;
        if (heldItem != null && batches.stream().noneMatch(b -> b.indexOf(heldItem) >= 0 && b.indexOf(heldItem) < b.size() - 1)) {
            throw new IllegalArgumentException("the held item must be a non-last item of a batch: " + heldItem);
        }
    }

    /** Every item of every batch, in order. */
    public List<String> items() {
        return batches.stream().flatMap(List::stream).toList();
    }

    @Override
    public PipelineCall call() {
        return new PipelineCall(this);
    }
}
