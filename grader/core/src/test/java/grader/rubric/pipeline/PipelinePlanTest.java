package grader.rubric.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import grader.probe.calls.pipeline.PipelineArguments;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inputs the plan draws keep the promises the checks rely on, for every seed. */
class PipelinePlanTest {

    @Test
    void everySeedGivesInputsTheChecksCanRelyOn() {
        Set<Integer> consumersSeen = new HashSet<>();
        Set<Integer> batchCountsSeen = new HashSet<>();
        for (long seed = 0; seed < 2000; seed++) {
            PipelineInputs in = PipelinePlan.inputs(Parameters.fromSeed(seed));
            consumersSeen.add(in.consumers());
            batchCountsSeen.add(in.batches().size());
            List<String> items = in.items();
            assertThat(in.batches()).hasSizeBetween(2, 4);
            assertThat(in.consumers()).isBetween(2, 4);
            assertThat(items).doesNotHaveDuplicates().allMatch(x -> !x.isEmpty() && !x.startsWith("#")
                    && !x.contains(" "));
            // full rounds, at least 3 and at most 6 (a correct call stays well under a second)
            assertThat(items.size() % in.consumers()).isZero();
            assertThat(in.rounds()).isBetween(3, 6);
            for (List<String> batch : in.batches()) {
                // more than the queue (capacity consumers) holds, and not sorted
                assertThat(batch.size()).isGreaterThan(in.consumers());
                assertThat(batch).isNotEqualTo(batch.stream().sorted().toList());
            }
            List<String> heldBatch = in.batches().stream().filter(b -> b.contains(in.heldItem())).findFirst()
                    .orElseThrow();
            assertThat(heldBatch.indexOf(in.heldItem())).isEqualTo(heldBatch.size() - 2);
        }
        assertThat(consumersSeen).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(batchCountsSeen).containsExactlyInAnyOrder(2, 3, 4);
    }

    @Test
    void theSameSeedGivesTheSameCalls() {
        var p = Parameters.fromSeed(42);
        assertThat(PipelinePlan.inputs(p)).isEqualTo(PipelinePlan.inputs(Parameters.fromSeed(42)));
        List<PlannedCall> calls = new PipelinePlan().calls(p);
        assertThat(calls).extracting(PlannedCall::key).containsExactly(PipelinePlan.RUN, PipelinePlan.HELD,
                PipelinePlan.FEW_ITEMS, PipelinePlan.NO_BATCHES, PipelinePlan.EMPTY_BATCHES);
        assertThat(calls).allMatch(PlannedCall::measuresTime);
        var held = (PipelineArguments) ((ProbeCall) calls.get(1)).arguments();
        var run = (PipelineArguments) ((ProbeCall) calls.get(0)).arguments();
        assertThat(held.heldItem()).isEqualTo(PipelinePlan.inputs(p).heldItem());
        assertThat(run.heldItem()).isNull();
        assertThat(run.capacity()).isEqualTo(run.consumers());
        var few = (PipelineArguments) ((ProbeCall) calls.get(2)).arguments();
        assertThat(few.consumers()).isGreaterThan(few.items().size());
        var none = (PipelineArguments) ((ProbeCall) calls.get(3)).arguments();
        assertThat(none.batches()).isEmpty();
        assertThat(none.firstTakesMillis()).isZero();
    }
}
