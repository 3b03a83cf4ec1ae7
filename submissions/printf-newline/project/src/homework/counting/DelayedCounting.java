package homework.counting;

import java.time.Duration;

public class DelayedCounting {

    public static void run(int threads, Duration delay) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException(String.format("threads = %d, expected at least 1", threads));
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException(String.format("delay = %s, expected 0 or more", delay));
        }
        Thread[] counters = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            String label = String.format("counter-%d", t + 1);
            counters[t] = new Thread(() -> {
                for (int i = 1; i <= 10; i++) {
                    System.out.printf("%s: %d%n", label, i);
                    if (i < 10 && !pause(delay)) {
                        return;
                    }
                }
            }, label);
        }
        for (Thread c : counters) {
            c.start();
        }
        for (Thread c : counters) {
            c.join();
        }
    }

    /** Sleeps for the delay; false if interrupted. */
    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        run(3, Duration.ofSeconds(1));
    }
}
