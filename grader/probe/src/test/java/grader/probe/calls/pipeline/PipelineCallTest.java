package grader.probe.calls.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The probe's call of a pipeline (the test sources' own {@code homework.pipeline.Pipeline}): what it records, and
 * that a list still filled after a too early return is read again once the threads have ended.
 */
@Timeout(120) // a pipeline that deadlocks fails the test instead of hanging the build
class PipelineCallTest {

    /** The queue holds every item and pill: the late pipeline's caller must never wait for its consumers. */
    private static PipelineResult call(List<List<String>> batches) throws Throwable {
        var arguments = new PipelineArguments(batches, 2, 20, 8, 10_000, null, 40, 160, 5, 10_000);
        PipelineCall call = arguments.call();
        call.prepare();
        Object[] returned = new Object[1];
        Throwable[] thrown = new Throwable[1];
        long start = System.nanoTime();
        Thread caller = new Thread(() -> {
            try {
                returned[0] = call.invoke();
            } catch (Throwable t) {
                thrown[0] = t;
            }
        }, "main");
        caller.start();
        caller.join();
        if (thrown[0] != null) {
            throw thrown[0];
        }
        return (PipelineResult) call.read(returned[0], start, start + 60_000_000_000L);
    }

    @Test
    void recordsEveryItemPutOnceAndTakenOnceAndNoThreadLeft() throws Throwable {
        List<List<String>> batches = List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3"));
        PipelineResult result = call(batches);

        assertThat(result.settled()).containsExactlyInAnyOrder("a1", "a2", "a3", "b1", "b2", "b3");
        assertThat(result.atReturn()).isEqualTo(result.settled());
        for (String item : List.of("a1", "a2", "a3", "b1", "b2", "b3")) {
            assertThat(result.events()).filteredOn(e -> e.inserted() && e.value().equals(item)).hasSize(1);
            assertThat(result.events()).filteredOn(e -> e.removed() && e.value().equals(item)).hasSize(1);
        }
        assertThat(result.events()).filteredOn(e -> e.removed() && e.value().equals("#stop")).hasSize(2);
        assertThat(result.firstTakes().timedOut()).isFalse();
        assertThat(result.threads()).extracting(PipelineThread::name).containsExactlyInAnyOrder("consumer-0",
                "consumer-1", "producer-0", "producer-1");
        assertThat(result.threads()).noneMatch(PipelineThread::aliveAtReturn);
        assertThat(result.returnedType()).isEqualTo("java.util.ArrayList");
    }

    @Test
    void aListFilledAfterTheReturnIsReadAgainOnceTheConsumersEnded() throws Throwable {
        PipelineResult result = call(List.of(List.of("late1", "late2", "late3"), List.of("late4", "late5", "late6")));

        // its consumers add each item only once the calling thread has ended
        assertThat(result.atReturn()).isEmpty();
        assertThat(result.settled()).containsExactlyInAnyOrder("late1", "late2", "late3", "late4", "late5", "late6");
        // and take their pills after that
        assertThat(result.events()).filteredOn(e -> e.removed() && e.value().equals("#stop"))
                .allMatch(e -> e.endNanos() > result.returnedAtNanos());
    }
}
