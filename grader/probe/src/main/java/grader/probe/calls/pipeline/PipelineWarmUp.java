package grader.probe.calls.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads and links, before the clock starts, the JDK machinery a pipeline commonly uses: threads, pools, latches,
 * futures, concurrent collections, string concatenation. Their first use in a fresh JVM costs tens of milliseconds
 * of CPU, which a loaded machine stretches past row 7.5's one {@code workTime}, and which no canary sees (it only
 * sleeps). The threads it starts have ended when it returns, and are named so that the student's threads keep
 * the numbers they would have had ({@code Thread-0}, {@code pool-1-thread-1}).
 */
final class PipelineWarmUp {

    private PipelineWarmUp() {}

    /** @return something computed, so that nothing is optimized away */
    static int run() throws InterruptedException {
        var queue = new ArrayBlockingQueue<String>(1);
        queue.offer("x");
        String line = "consumed " + queue.poll();
        new LinkedBlockingQueue<String>().offer(line);
        var latch = new CountDownLatch(1);
        Thread thread = new Thread(latch::countDown, "grader-warm-up");
        thread.start();
        thread.join();
        latch.await(1, TimeUnit.SECONDS);
        int sum = 0;
        // a factory of its own: the default one would number the student's pools from 3 (pool-3-thread-1)
        ThreadFactory named = r -> new Thread(r, "grader-warm-up");
        for (ExecutorService pool : List.of(Executors.newFixedThreadPool(1, named),
                Executors.newCachedThreadPool(named))) {
            try {
                sum += pool.submit(() -> 1).get();
                CompletableFuture.allOf(CompletableFuture.runAsync(() -> {}, pool)).thenRun(() -> {}).join();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdown();
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }
        }
        List<String> lists = Collections.synchronizedList(new ArrayList<>(new CopyOnWriteArrayList<>(List.of(line))));
        new ConcurrentLinkedQueue<>(lists).add(line);
        new AtomicBoolean().set(true);
        Thread.sleep(0);
        return sum + new AtomicInteger(lists.size()).incrementAndGet();
    }
}
