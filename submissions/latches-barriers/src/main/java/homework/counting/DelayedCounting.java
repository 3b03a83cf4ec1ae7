package homework.counting;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;

/**
 * The counters count in step: a Phaser makes every counter print number k before any waits for k + 1,
 * and a CountDownLatch tells the caller when all of them are done.
 */
public class DelayedCounting {

    public static void run(int threads, Duration delay) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
        if (delay.isNegative()) {   // NullPointerException for a null delay
            throw new IllegalArgumentException("delay must not be negative");
        }
        Phaser step = new Phaser(threads);
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 1; t <= threads; t++) {
            new Thread(() -> {
                try {
                    for (int i = 1; i <= 10; i++) {
                        if (i > 1) {
                            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
                        }
                        System.out.println(i);
                        if (i < 10) {
                            step.arriveAndAwaitAdvance();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    step.arriveAndDeregister();
                    done.countDown();
                }
            }, "counter-" + t).start();
        }
        done.await();
    }

    public static void main(String[] args) throws InterruptedException {
        run(3, Duration.ofSeconds(1));
    }
}
