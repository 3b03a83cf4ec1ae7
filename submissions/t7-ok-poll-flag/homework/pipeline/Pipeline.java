package homework.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * No pills: consumers poll with a time-out and stop once the producers are done and the queue is empty. The flag is
 * read before the poll: if the producers were already done then, everything they put was in the queue, so an empty
 * poll means nothing more will come. (Read after the poll, the last item could arrive in between and be lost.)
 */
public final class Pipeline {

    private Pipeline() {}

    public static List<String> run(List<List<String>> batches, BlockingQueue<String> queue, int consumers,
            Duration workTime) throws InterruptedException {
        Objects.requireNonNull(batches);
        Objects.requireNonNull(queue);
        Objects.requireNonNull(workTime);
        if (consumers < 1) {
            throw new IllegalArgumentException("consumers < 1");
        }
        AtomicBoolean producersDone = new AtomicBoolean();
        List<String> processed = Collections.synchronizedList(new ArrayList<>());
        List<Thread> consumerThreads = new ArrayList<>();
        for (int i = 0; i < consumers; i++) {
            consumerThreads.add(new Thread(() -> {
                try {
                    while (true) {
                        boolean done = producersDone.get();
                        String item = queue.poll(10, TimeUnit.MILLISECONDS);
                        if (item == null) {
                            if (done) {
                                return;
                            }
                            continue;
                        }
                        Thread.sleep(workTime.toMillis());
                        System.out.println("consumed " + item);
                        processed.add(item);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "poller-" + i));
        }
        consumerThreads.forEach(Thread::start);
        List<Thread> producers = new ArrayList<>();
        for (List<String> batch : batches) {
            Thread p = new Thread(() -> {
                try {
                    for (String item : batch) {
                        queue.put(item);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            if (!batch.isEmpty()) {
                producers.add(p);
                p.start();
            }
        }
        for (Thread p : producers) {
            p.join();
        }
        producersDone.set(true);
        for (Thread c : consumerThreads) {
            c.join();
        }
        return new ArrayList<>(processed);
    }
}
