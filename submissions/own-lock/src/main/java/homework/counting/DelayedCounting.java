package homework.counting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** Every line is printed while holding a shared ReentrantLock (fair, so no counter waits long for it). */
public class DelayedCounting {

    private static final ReentrantLock OUTPUT = new ReentrantLock(true);

    public static void run(int threads, Duration delay) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must be >= 0: " + delay);
        }
        List<Thread> all = new ArrayList<>();
        for (int t = 1; t <= threads; t++) {
            String name = "counter-" + t;
            all.add(new Thread(() -> {
                for (int i = 1; i <= 10; i++) {
                    OUTPUT.lock();
                    try {
                        System.out.println(name + ": " + i);
                    } finally {
                        OUTPUT.unlock();
                    }
                    if (i < 10) {
                        try {
                            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            }, name));
        }
        all.forEach(Thread::start);
        for (Thread t : all) {
            t.join();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        run(3, Duration.ofSeconds(1));
    }
}
