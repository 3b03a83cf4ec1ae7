package grader.probe.calls.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The grader's queue behaves as a bounded FIFO queue and records every call, from any number of threads. */
class RecordingQueueTest {

    private static RecordingQueue plain(int capacity, String... items) {
        return new RecordingQueue(capacity, Set.of(items), FirstTakes.none(), null);
    }

    @Test
    void behavesAsABoundedFifoQueue() throws InterruptedException {
        RecordingQueue queue = plain(2, "a", "b", "c");
        assertThat(queue.offer("a")).isTrue();
        queue.put("b");
        assertThat(queue.offer("c")).isFalse();
        assertThat(queue.offer("c", 1, TimeUnit.MILLISECONDS)).isFalse();
        assertThatThrownBy(() -> queue.add("c")).isInstanceOf(IllegalStateException.class);
        assertThat(queue.remainingCapacity()).isZero();
        assertThat(queue.size()).isEqualTo(2);
        assertThat(queue.peek()).isEqualTo("a");
        assertThat(queue.contains("b")).isTrue();
        assertThat(queue.toArray()).containsExactly("a", "b");
        assertThat(queue.toArray(new String[0])).containsExactly("a", "b");
        assertThat(queue.stream().toList()).containsExactly("a", "b");
        assertThat(queue).hasToString("[a, b]");
        assertThat(queue.take()).isEqualTo("a");
        assertThat(queue.poll()).isEqualTo("b");
        assertThat(queue.poll()).isNull();
        assertThat(queue.poll(1, TimeUnit.MILLISECONDS)).isNull();
        assertThat(queue.isEmpty()).isTrue();
        assertThatThrownBy(queue::remove).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(queue::element).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> queue.put(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyWayOfTakingOutIsRecordedPerElement() {
        RecordingQueue queue = plain(4, "a", "b", "c", "d");
        queue.addAll(List.of("a", "b", "c", "d"));
        List<String> drained = new ArrayList<>();
        assertThat(queue.drainTo(drained, 2)).isEqualTo(2);
        assertThat(queue.remove("c")).isTrue();
        var it = queue.iterator();
        assertThat(it.next()).isEqualTo("d");
        it.remove();
        assertThat(queue.isEmpty()).isTrue();
        queue.add("a");
        assertThat(queue.removeIf(x -> x.equals("a"))).isTrue();
        queue.add("b");
        queue.clear();

        List<QueueEvent> events = queue.events(0);
        assertThat(drained).containsExactly("a", "b");
        assertThat(events.stream().filter(QueueEvent::removed).map(e -> e.op() + " " + e.value()))
                .containsExactly("DRAIN a", "DRAIN b", "REMOVE_OBJECT c", "ITERATOR_REMOVE d", "REMOVE_IF a",
                        "CLEAR b");
        assertThat(events.stream().filter(QueueEvent::inserted).map(e -> e.op() + " " + e.value()))
                .containsExactly("ADD_ALL a", "ADD_ALL b", "ADD_ALL c", "ADD_ALL d", "ADD a", "ADD b");
    }

    @Test
    void recordsWhoPutAndTookWhatInOneOrder() throws InterruptedException {
        RecordingQueue queue = plain(1, "x1", "x2", "x3");
        Thread producer = new Thread(() -> {
            try {
                for (String x : List.of("x1", "x2", "x3")) {
                    queue.put(x); // capacity 1: every put but the first waits for a take
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "producer");
        List<String> taken = Collections.synchronizedList(new ArrayList<>());
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 3; i++) {
                    taken.add(queue.take());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "consumer");
        consumer.start();
        producer.start();
        producer.join();
        consumer.join();

        List<QueueEvent> events = queue.events(0);
        assertThat(taken).containsExactly("x1", "x2", "x3");
        assertThat(events).extracting(QueueEvent::seq).containsExactlyElementsOf(
                java.util.stream.LongStream.range(0, events.size()).boxed().toList());
        assertThat(events).allMatch(e -> e.endNanos() >= e.startNanos());
        assertThat(events).filteredOn(QueueEvent::inserted).extracting(QueueEvent::threadName, QueueEvent::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("producer", "x1"),
                        org.assertj.core.groups.Tuple.tuple("producer", "x2"),
                        org.assertj.core.groups.Tuple.tuple("producer", "x3"));
        assertThat(events).filteredOn(QueueEvent::removed).extracting(QueueEvent::threadName)
                .containsOnly("consumer");
        // each take comes after the put of its element, in the one order
        for (String x : taken) {
            long put = events.stream().filter(e -> e.inserted() && e.value().equals(x)).findFirst().orElseThrow().seq();
            long took = events.stream().filter(e -> e.removed() && e.value().equals(x)).findFirst().orElseThrow().seq();
            assertThat(took).isGreaterThan(put);
        }
        assertThat(queue.threads()).containsExactlyInAnyOrder(producer, consumer);
    }

    @Test
    void theLogStaysCompleteUnderManyThreads() throws InterruptedException {
        int threads = 8;
        int each = 500;
        Set<String> items = new HashSet<>();
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < each; i++) {
                items.add(t + "-" + i);
            }
        }
        RecordingQueue queue = new RecordingQueue(3, items, FirstTakes.none(), null);
        var start = new CountDownLatch(1);
        AtomicInteger offered = new AtomicInteger();
        Set<String> polled = ConcurrentHashMap.newKeySet();
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            all.add(new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        queue.put(me + "-" + i);
                        offered.incrementAndGet();
                        String x = queue.poll();
                        if (x != null) {
                            polled.add(x);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        all.forEach(Thread::start);
        start.countDown();
        for (Thread t : all) {
            t.join();
        }
        String x;
        while ((x = queue.poll()) != null) {
            polled.add(x);
        }

        List<QueueEvent> events = queue.events(0);
        assertThat(queue.dropped()).isZero();
        assertThat(events.stream().filter(QueueEvent::inserted).count()).isEqualTo(offered.get());
        assertThat(events.stream().filter(QueueEvent::inserted).map(QueueEvent::value).collect(Collectors.toSet()))
                .isEqualTo(items);
        List<String> removed = events.stream().filter(QueueEvent::removed).map(QueueEvent::value).toList();
        assertThat(removed).doesNotHaveDuplicates().hasSize(items.size());
        assertThat(Set.copyOf(removed)).isEqualTo(polled);
        assertThat(events).extracting(QueueEvent::seq).isSorted();
        // per thread, its puts are in the order it made them
        for (int t = 0; t < threads; t++) {
            String prefix = t + "-";
            List<String> puts = events.stream().filter(e -> e.inserted() && e.value().startsWith(prefix))
                    .map(QueueEvent::value).toList();
            assertThat(puts).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, each).mapToObj(i -> prefix + i).toList());
        }
    }

    @Test
    void aSpinningLookerFillsOnlyItsShareOfTheLog() {
        RecordingQueue queue = plain(2, "a");
        for (int i = 0; i < RecordingQueue.MAX_OTHERS + 10; i++) {
            queue.poll();
        }
        queue.add("a");
        assertThat(queue.poll()).isEqualTo("a");
        assertThat(queue.dropped()).isEqualTo(10);
        assertThat(queue.events(0)).filteredOn(QueueEvent::removed).extracting(QueueEvent::value).containsExactly("a");
    }
}
