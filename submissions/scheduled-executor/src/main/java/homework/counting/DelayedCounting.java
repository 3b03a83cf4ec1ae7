package homework.counting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Each counter is a periodic task on a single-thread scheduler of its own (so each counter prints from one
 * thread). Fixed delay, not fixed rate: a late tick never makes the next one come early. After printing 10 the
 * task shuts its own scheduler down, which cancels the periodic task; the caller awaits every scheduler.
 */
public class DelayedCounting {

    public static void run(int threads, Duration delay) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads);
        }
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay = " + delay);
        }
        long period = Math.max(1, delay.toNanos());   // scheduleWithFixedDelay needs a positive delay

        List<ScheduledExecutorService> schedulers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            schedulers.add(Executors.newSingleThreadScheduledExecutor());
        }
        for (ScheduledExecutorService scheduler : schedulers) {
            AtomicInteger next = new AtomicInteger(1);
            scheduler.scheduleWithFixedDelay(() -> {
                int i = next.getAndIncrement();
                System.out.println(i);
                if (i == 10) {
                    scheduler.shutdown();
                }
            }, 0, period, TimeUnit.NANOSECONDS);
        }
        for (ScheduledExecutorService scheduler : schedulers) {
            while (!scheduler.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: the counter ends on its own
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        run(3, Duration.ofSeconds(1));
    }
}
