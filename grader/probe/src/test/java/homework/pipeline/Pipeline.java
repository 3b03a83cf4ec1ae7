package homework.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * A student's pipeline for the probe's own tests: threads and pills. Batches whose first item starts with
 * {@code late} make it return the live result list without joining its consumers, as a wrong solution does; its
 * consumers then add each item only after the calling thread has ended, so every item comes after the return.
 */
public final class Pipeline {

    private Pipeline() {}

    public static List<String> run(List<List<String>> batches, BlockingQueue<String> queue, int consumers,
            Duration workTime) throws InterruptedException {
        boolean joinConsumers = batches.isEmpty() || batches.get(0).isEmpty()
                || !batches.get(0).get(0).startsWith("late");
        List<String> processed = Collections.synchronizedList(new ArrayList<>());
        Thread caller = Thread.currentThread();
        List<Thread> consumerThreads = new ArrayList<>();
        for (int i = 0; i < consumers; i++) {
            Thread c = new Thread(() -> {
                try {
                    for (String x = queue.take(); !x.equals("#stop"); x = queue.take()) {
                        Thread.sleep(workTime.toMillis());
                        System.out.println("consumed " + x);
                        if (!joinConsumers) {
                            caller.join();
                        }
                        processed.add(x);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "consumer-" + i);
            consumerThreads.add(c);
            c.start();
        }
        List<Thread> producers = new ArrayList<>();
        for (List<String> batch : batches) {
            Thread p = new Thread(() -> {
                try {
                    for (String x : batch) {
                        queue.put(x);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "producer-" + producers.size());
            producers.add(p);
            p.start();
        }
        for (Thread p : producers) {
            p.join();
        }
        for (int i = 0; i < consumers; i++) {
            queue.put("#stop");
        }
        if (!joinConsumers) {
            return processed;
        }
        for (Thread c : consumerThreads) {
            c.join();
        }
        return new ArrayList<>(processed);
    }
}
