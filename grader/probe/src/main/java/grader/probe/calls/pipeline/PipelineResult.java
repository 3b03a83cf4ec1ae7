package grader.probe.calls.pipeline;

import grader.probe.evidence.ReturnedValue;
import java.util.ArrayList;
import java.util.List;

/**
 * What one call of {@code Pipeline.run} left behind, besides its printed lines.
 *
 * @param atReturn the returned list as it was when {@code run} returned (null: it returned null, or not a list)
 * @param settled the returned list once the call's threads had ended or the watch was over: what the pipeline
 *     processed in the end, so that exactly-once is judged apart from a return that came too early
 * @param returnedType the class of what it returned ({@code null} for null)
 * @param returnedAtNanos when {@code run} returned, in nanoseconds since the call, as the call itself saw it
 * @param events every call of a method of the queue, in order
 * @param droppedEvents calls the log left out (a spinning consumer's looks)
 * @param threads the call's threads after the return
 * @param firstTakes how the first takes were held
 * @param heldPut the put held back, or null
 */
public record PipelineResult(List<String> atReturn, List<String> settled, String returnedType, long returnedAtNanos,
        List<QueueEvent> events, int droppedEvents, List<PipelineThread> threads, FirstTakesFact firstTakes,
        HeldPutFact heldPut) implements ReturnedValue {

    public PipelineResult {
        atReturn = atReturn == null ? null : new ArrayList<>(atReturn);
        settled = settled == null ? null : new ArrayList<>(settled);
        events = new ArrayList<>(events);
        threads = new ArrayList<>(threads);
    }
}
