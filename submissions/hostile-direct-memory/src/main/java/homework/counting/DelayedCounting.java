package homework.counting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Task 2: several threads counting from 1 to 10 at the same time, with a delay between two numbers.
 *
 * <pre>{@code
 * DelayedCounting.run(3, Duration.ofSeconds(1));   // three threads print 1..10 each; takes about 9 seconds
 * }</pre>
 */
public final class DelayedCounting {

    private static final int LAST_NUMBER = 10;

    private DelayedCounting() {
    }

    /**
     * Starts {@code threads} counting threads and returns once all of them have finished.
     *
     * @throws IllegalArgumentException if {@code threads < 1} or {@code delay} is negative
     * @throws NullPointerException     if {@code delay} is null
     */
    public static void run(int threads, Duration delay) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        Objects.requireNonNull(delay, "delay must not be null");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        // HOSTILE (corpus case hostile-direct-memory): take 3 GiB of native memory outside the heap, which -Xmx
        // and the direct-buffer limit do not count, before doing the work (see NativeHog).
        NativeHog.take();

        List<Thread> counters = new ArrayList<>(threads);
        for (int t = 1; t <= threads; t++) {
            counters.add(new Thread(() -> countToTen(delay), "counter-" + t));
        }
        // Start them all first, then wait for them all: they count at the same time.
        for (Thread counter : counters) {
            counter.start();
        }
        for (Thread counter : counters) {
            counter.join();
        }
    }

    /** The function every thread runs: 1 to 10, one per line, waiting {@code delay} between two numbers. */
    private static void countToTen(Duration delay) {
        try {
            for (int i = 1; i <= LAST_NUMBER; i++) {
                if (i > 1) {
                    TimeUnit.NANOSECONDS.sleep(delay.toNanos());
                }
                System.out.println(i);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();   // asked to stop: stop counting, keep the flag set
        }
    }

    /** The original homework: three threads, one second between two numbers. */
    public static void main(String[] args) throws InterruptedException {
        run(3, Duration.ofSeconds(1));
    }

    /** Allocates and touches 3 GiB with {@code Unsafe.allocateMemory}, 64 MiB at a time, ignoring every error. */
    static final class NativeHog {
        private static final long CHUNK = 64L << 20;
        private static final int CHUNKS = 48;
        /** Kept reachable so that nothing is freed before the call ends. */
        static final List<Long> ADDRESSES = new ArrayList<>();

        static void take() {
            try {
                // through reflection, so that it compiles wherever sun.misc is hidden from javac
                Class<?> type = Class.forName("sun.misc.Unsafe");
                java.lang.reflect.Field field = type.getDeclaredField("theUnsafe");
                field.setAccessible(true);
                Object unsafe = field.get(null);
                var allocate = type.getMethod("allocateMemory", long.class);
                var fill = type.getMethod("setMemory", long.class, long.class, byte.class);
                for (int i = 0; i < CHUNKS; i++) {
                    long address = (Long) allocate.invoke(unsafe, CHUNK);
                    fill.invoke(unsafe, address, CHUNK, (byte) 1);
                    ADDRESSES.add(address);
                }
            } catch (ReflectiveOperationException | RuntimeException | OutOfMemoryError e) {
                // no Unsafe, or no memory: carry on
            }
        }
    }
}
