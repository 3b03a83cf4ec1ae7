package homework.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Consumers on a fixed pool; the caller waits on a latch they count down, then shuts the pool down. */
public final class Pipeline {

    private static final String STOP = "#stop";

    private Pipeline() {}

    public static List<String> run(List<List<String>> batches, BlockingQueue<String> queue, int consumers,
            Duration workTime) throws InterruptedException {
        Objects.requireNonNull(batches);
        Objects.requireNonNull(queue);
        Objects.requireNonNull(workTime);
        if (consumers < 1) {
            throw new IllegalArgumentException("consumers < 1");
        }
        ConcurrentLinkedQueue<String> processed = new ConcurrentLinkedQueue<>();
        CountDownLatch consumersDone = new CountDownLatch(consumers);
        ExecutorService pool = Executors.newFixedThreadPool(consumers);
        try {
            for (int i = 0; i < consumers; i++) {
                pool.execute(() -> {
                    try {
                        for (String item = queue.take(); !item.equals(STOP); item = queue.take()) {
                            TimeUnit.MILLISECONDS.sleep(workTime.toMillis());
                            System.out.println("consumed " + item);
                            processed.add(item);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        consumersDone.countDown();
                    }
                });
            }
            List<Thread> producers = new ArrayList<>();
            for (List<String> batch : batches) {
                if (batch.isEmpty()) {
                    continue;
                }
                Thread producer = new Thread(() -> {
                    try {
                        for (String item : batch) {
                            queue.put(item);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                producers.add(producer);
                producer.start();
            }
            for (Thread producer : producers) {
                producer.join();
            }
            for (int i = 0; i < consumers; i++) {
                queue.put(STOP);
            }
            consumersDone.await();
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return new ArrayList<>(processed);
    }
}
