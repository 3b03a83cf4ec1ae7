package homework.counting;

import java.time.Duration;

public class DelayedCounting {

    private static final class Counter implements Runnable {
        private final long delayMillis;
        private final int delayNanos;

        Counter(Duration delay) {
            this.delayMillis = delay.toMillis();
            this.delayNanos = delay.minusMillis(delayMillis).getNano();
        }

        @Override
        public void run() {
            for (int i = 1; i <= 10; i++) {
                System.out.println(i);
                if (i < 10) {
                    try {
                        Thread.sleep(delayMillis, delayNanos);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    public static void run(int threads, Duration delay) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1: " + threads);
        }
        if (delay == null) {
            throw new NullPointerException("delay is null");
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(new Counter(delay));
        }
        for (Thread w : workers) {
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        run(3, Duration.ofSeconds(1));
    }
}
