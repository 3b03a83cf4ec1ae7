package homework.spinner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** scheduleAtFixedRate on a single-thread scheduler, stopped with shutdownNow and awaitTermination. */
public final class Spinner {

    private static final String[] FRAMES = {"|", "/", "-", "\\"};

    private Spinner() {
    }

    public static <T> T withSpinner(Callable<T> work, Duration frameInterval) throws Exception {
        Objects.requireNonNull(work, "work");
        if (frameInterval.isNegative() || frameInterval.isZero()) {
            throw new IllegalArgumentException("frameInterval must be positive");
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger();
        scheduler.scheduleAtFixedRate(() -> System.out.println(FRAMES[next.getAndIncrement() % FRAMES.length]),
                0, frameInterval.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return work.call();
        } finally {
            scheduler.shutdownNow();
            scheduler.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(withSpinner(() -> {
            Thread.sleep(5000);
            return "done";
        }, Duration.ofMillis(200)));
    }
}
