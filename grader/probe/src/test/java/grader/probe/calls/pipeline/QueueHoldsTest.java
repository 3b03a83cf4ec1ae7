package grader.probe.calls.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import grader.probe.calls.pipeline.HeldPutFact.Release;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The two holds of the grader's queue: correct consumers are let go by what they do (they come and wait), never by
 * a time-out; only consumers that are missing or stop early wait out a time.
 */
class QueueHoldsTest {

    /** Far longer than any release by the consumers themselves takes: a release before it cannot be luck. */
    private static final long LONG_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long SHORT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private static final List<String> A = List.of("a1", "a2", "a3");
    private static final List<String> B = List.of("b1", "b2", "b3");

    private static Set<String> items() {
        List<String> all = new ArrayList<>(A);
        all.addAll(B);
        return Set.copyOf(all);
    }

    @Test
    void theFirstTakesWaitForEveryConsumerAndThenGetAnItemEach() throws InterruptedException {
        RecordingQueue queue = new RecordingQueue(2, items(), new FirstTakes(3, LONG_NANOS), null);
        List<String> firstPolls = Collections.synchronizedList(new ArrayList<>());
        List<Thread> consumers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // poll() does not wait by itself: held, it must still find an item, though no producer has run yet
            consumers.add(new Thread(() -> firstPolls.add(queue.poll()), "consumer-" + i));
        }
        consumers.forEach(Thread::start);
        Thread producer = new Thread(() -> put(queue, A), "producer");
        producer.start();
        for (Thread t : consumers) {
            t.join();
        }
        producer.join();

        FirstTakesFact fact = queue.firstTakes(0);
        assertThat(fact.timedOut()).isFalse();
        assertThat(fact.waitingThreadIds()).hasSize(3);
        assertThat(firstPolls).containsExactlyInAnyOrder("a1", "a2", "a3");
        // nothing was taken before the third consumer came
        long lastArrival = queue.events(0).stream().filter(e -> e.op() == QueueOp.POLL)
                .mapToLong(QueueEvent::startNanos).max().orElseThrow();
        assertThat(queue.events(0).stream().filter(QueueEvent::removed)).allMatch(e -> e.endNanos() >= lastArrival);
    }

    @Test
    void aMissingConsumerCostsTheTimeOutAndNothingElse() throws InterruptedException {
        RecordingQueue queue = new RecordingQueue(2, items(), new FirstTakes(2, SHORT_NANOS), null);
        Thread producer = new Thread(() -> put(queue, A), "producer");
        producer.start();
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            taken.add(queue.take());
        }
        producer.join();

        FirstTakesFact fact = queue.firstTakes(0);
        assertThat(fact.timedOut()).isTrue();
        assertThat(fact.openedAtNanos() - fact.firstArrivalNanos()).isGreaterThanOrEqualTo(SHORT_NANOS);
        assertThat(taken).containsExactly("a1", "a2", "a3");
    }

    @Test
    void consumersThatWaitForMoreReleaseTheHeldPutThemselves() throws InterruptedException {
        RecordingQueue queue = new RecordingQueue(2, items(), FirstTakes.none(),
                new HeldPut("a2", Set.copyOf(B), 2, LONG_NANOS, LONG_NANOS));
        List<String> consumed = Collections.synchronizedList(new ArrayList<>());
        List<Thread> consumers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            consumers.add(new Thread(() -> {
                try {
                    String x;
                    while (!(x = queue.take()).startsWith("#")) {
                        consumed.add(x);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        consumers.forEach(Thread::start);
        Thread pa = new Thread(() -> put(queue, A), "producer-a");
        Thread pb = new Thread(() -> put(queue, B), "producer-b");
        pa.start();
        pb.start();
        pa.join();
        pb.join();
        put(queue, List.of("#stop", "#stop"));
        for (Thread t : consumers) {
            t.join();
        }

        HeldPutFact held = queue.heldPut(0);
        assertThat(held.release()).isEqualTo(Release.CONSUMERS_WAITING);
        assertThat(held.threadName()).isEqualTo("producer-a");
        assertThat(consumed).containsExactlyInAnyOrderElementsOf(items());
        // the queue had run dry with all of b in before a2 went in
        List<QueueEvent> events = queue.events(0);
        long a2 = seqOfPut(events, "a2");
        for (String b : B) {
            assertThat(seqOfPut(events, b)).isLessThan(a2);
        }
        assertThat(held.emptiedAtNanos()).isBetween(held.heldFromNanos(), held.releasedAtNanos());
    }

    @Test
    void consumersThatStopOnAnEmptyQueueHaveStoppedWhenTheHeldPutGoesIn() throws InterruptedException {
        RecordingQueue queue = new RecordingQueue(4, items(), FirstTakes.none(),
                new HeldPut("a2", Set.copyOf(B), 2, SHORT_NANOS, LONG_NANOS));
        List<String> consumed = Collections.synchronizedList(new ArrayList<>());
        Thread pa = new Thread(() -> put(queue, A), "producer-a");
        Thread pb = new Thread(() -> put(queue, B), "producer-b");
        pa.start();
        pb.start();
        pb.join();
        while (queue.size() < 4) {
            Thread.onSpinWait(); // a1 and all of b are in, a2 is held: the wrong consumers start on a full queue
        }
        List<Thread> consumers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            consumers.add(new Thread(() -> {
                String x;
                while ((x = queue.poll()) != null) {
                    consumed.add(x);
                }
            }));
        }
        consumers.forEach(Thread::start);
        for (Thread t : consumers) {
            t.join();
        }
        pa.join();

        HeldPutFact held = queue.heldPut(0);
        assertThat(held.release()).isEqualTo(Release.SETTLED);
        assertThat(consumed).containsExactlyInAnyOrder("a1", "b1", "b2", "b3");
        assertThat(queue.toArray()).containsExactly("a2", "a3"); // they went in after the hold, and nobody took them
        long lastPoll = queue.events(0).stream().filter(e -> e.op() == QueueOp.POLL).mapToLong(QueueEvent::endNanos)
                .max().orElseThrow();
        assertThat(lastPoll).isLessThan(held.releasedAtNanos());
    }

    @Test
    void oneThreadPuttingEveryBatchIsHeldOnlyForTheLongestTime() {
        RecordingQueue queue = new RecordingQueue(8, items(), FirstTakes.none(),
                new HeldPut("a2", Set.copyOf(B), 2, SHORT_NANOS, SHORT_NANOS));
        put(queue, A);
        put(queue, B);

        HeldPutFact held = queue.heldPut(0);
        assertThat(held.release()).isEqualTo(Release.TIMED_OUT);
        assertThat(held.emptiedAtNanos()).isEqualTo(-1);
        assertThat(queue.events(0)).filteredOn(QueueEvent::inserted).extracting(QueueEvent::value)
                .containsExactly("a1", "a2", "a3", "b1", "b2", "b3");
    }

    private static long seqOfPut(List<QueueEvent> events, String item) {
        return events.stream().filter(e -> e.inserted() && e.value().equals(item)).findFirst().orElseThrow().seq();
    }

    private static void put(RecordingQueue queue, List<String> items) {
        try {
            for (String x : items) {
                queue.put(x);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
