package homework.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

public class AsyncSquares {

    /** One item waiting for its time: a Delayed element of the queue. */
    static final class Job implements Delayed {
        final long dueNanos;
        final int x;
        final CompletableFuture<Long> result = new CompletableFuture<>();

        Job(long dueNanos, int x) {
            this.dueNanos = dueNanos;
            this.x = x;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(dueNanos, ((Job) other).dueNanos);
        }
    }

    /**
     * A single daemon thread for the whole program: it takes each job off a DelayQueue when its delay has run
     * out and completes it. Waiting items cost a queue entry, not a thread.
     */
    static final class DelayThread extends Thread {
        static final DelayThread INSTANCE;

        static {
            INSTANCE = new DelayThread();
            INSTANCE.start();   // started once, the first time the class is used
        }

        final DelayQueue<Job> queue = new DelayQueue<>();

        private DelayThread() {
            super("async-squares-delay");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (true) {
                Job job;
                try {
                    job = queue.take();
                } catch (InterruptedException e) {
                    return;
                }
                job.result.complete((long) job.x * job.x);
            }
        }
    }

    public static CompletableFuture<List<Long>> squares(List<Integer> numbers, Duration delay) {
        if (numbers == null || delay == null) {
            throw new NullPointerException();
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay < 0");
        }
        long due = System.nanoTime() + delay.toNanos();
        List<Job> jobs = new ArrayList<>();
        for (Integer x : numbers) {
            if (x == null) {
                throw new NullPointerException("null number");
            }
            jobs.add(new Job(due, x));
        }
        DelayThread.INSTANCE.queue.addAll(jobs);

        CompletableFuture<?>[] all = jobs.stream().map(j -> j.result).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(all).thenApply(v -> {
            List<Long> out = new ArrayList<>();
            for (Job j : jobs) {
                out.add(j.result.join());
            }
            return out;
        });
    }

    public static void main(String[] args) {
        List<Integer> numbers = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        System.out.println(squares(numbers, Duration.ofSeconds(1)).join());
    }
}
