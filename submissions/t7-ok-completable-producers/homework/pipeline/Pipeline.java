package homework.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Producers are {@code runAsync} jobs on a pool of their own, joined through {@code allOf}; consumers are threads. */
public final class Pipeline {

    private static final String PILL = "#pill";

    private Pipeline() {}

    public static List<String> run(List<List<String>> batches, BlockingQueue<String> queue, int consumers,
            Duration workTime) throws InterruptedException {
        Objects.requireNonNull(batches);
        Objects.requireNonNull(queue);
        Objects.requireNonNull(workTime);
        if (consumers < 1) {
            throw new IllegalArgumentException("consumers: " + consumers);
        }
        List<String> processed = new CopyOnWriteArrayList<>();
        List<Thread> consumerThreads = new ArrayList<>();
        for (int i = 0; i < consumers; i++) {
            Thread t = new Thread(() -> {
                try {
                    for (String item = queue.take(); !PILL.equals(item); item = queue.take()) {
                        Thread.sleep(workTime.toMillis());
                        System.out.println("consumed " + item);
                        processed.add(item);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            consumerThreads.add(t);
            t.start();
        }
        ExecutorService producerPool = Executors.newCachedThreadPool();
        try {
            CompletableFuture<?>[] producers = batches.stream().filter(b -> !b.isEmpty())
                    .map(batch -> CompletableFuture.runAsync(() -> {
                        for (String item : batch) {
                            try {
                                queue.put(item);
                            } catch (InterruptedException e) {
                                throw new CompletionException(e);
                            }
                        }
                    }, producerPool))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(producers).join();
        } finally {
            producerPool.shutdown();
            producerPool.awaitTermination(1, TimeUnit.MINUTES);
        }
        for (int i = 0; i < consumers; i++) {
            queue.put(PILL);
        }
        for (Thread t : consumerThreads) {
            t.join();
        }
        return new ArrayList<>(processed);
    }
}
