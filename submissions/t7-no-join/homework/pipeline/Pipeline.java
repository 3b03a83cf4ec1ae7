package homework.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;

/** One flaw (row 7.4): returns once the pills are in, without waiting for the consumers to end. */
public final class Pipeline {

    /** Items never start with {@code #}, so this can never be mistaken for one. */
    private static final String POISON = "#poison";

    private Pipeline() {}

    public static List<String> run(List<List<String>> batches, BlockingQueue<String> queue, int consumers,
            Duration workTime) throws InterruptedException {
        Objects.requireNonNull(batches, "batches");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(workTime, "workTime");
        batches.forEach(b -> Objects.requireNonNull(b, "a batch"));
        if (consumers < 1) {
            throw new IllegalArgumentException("consumers must be at least 1: " + consumers);
        }
        List<String> processed = Collections.synchronizedList(new ArrayList<>());
        List<Thread> consumerThreads = new ArrayList<>();
        for (int i = 1; i <= consumers; i++) {
            Thread consumer = new Thread(() -> consume(queue, workTime, processed), "consumer-" + i);
            consumerThreads.add(consumer);
            consumer.start();
        }
        List<Thread> producers = new ArrayList<>();
        for (List<String> batch : batches) {
            if (!batch.isEmpty()) {
                Thread producer = new Thread(() -> produce(batch, queue), "producer-" + (producers.size() + 1));
                producers.add(producer);
                producer.start();
            }
        }
        for (Thread producer : producers) {
            producer.join();
        }
        // every item is in the queue before the pills, and the queue is FIFO: each consumer stops after the items
        for (int i = 0; i < consumers; i++) {
            queue.put(POISON);
        }
        // flaw: returns without waiting for the consumers (the list is the live one, which they still fill)
        return processed;
    }

    private static void produce(List<String> batch, BlockingQueue<String> queue) {
        try {
            for (String item : batch) {
                queue.put(item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void consume(BlockingQueue<String> queue, Duration workTime, List<String> processed) {
        try {
            while (true) {
                String item = queue.take();
                if (item.equals(POISON)) {
                    return;
                }
                Thread.sleep(workTime.toMillis());
                System.out.println("consumed " + item);
                processed.add(item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> done = run(List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2")),
                new java.util.concurrent.ArrayBlockingQueue<>(2), 2, Duration.ofSeconds(1));
        System.out.println("processed: " + done);
    }
}
