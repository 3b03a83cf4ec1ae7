package homework.counting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

public class DelayedCounting {

    static class CounterThread extends Thread {
        private final Duration delay;

        CounterThread(int id, Duration delay) {
            super("Counter-" + id);
            this.delay = delay;
        }

        @Override
        public void run() {
            for (int i = 1; i <= 10; i++) {
                System.out.println(getName() + ": " + i);
                if (i == 10) {
                    break;
                }
                try {
                    sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
                } catch (InterruptedException e) {
                    interrupt();
                    return;
                }
            }
        }
    }

    public static void run(int threads, Duration delay) throws InterruptedException {
        Objects.requireNonNull(delay, "delay");
        if (threads < 1 || delay.isNegative()) {
            throw new IllegalArgumentException("need threads >= 1 and a non-negative delay");
        }
        List<CounterThread> counters = new ArrayList<>();
        for (int i = 1; i <= threads; i++) {
            counters.add(new CounterThread(i, delay));
        }
        counters.forEach(Thread::start);
        for (CounterThread counter : counters) {
            counter.join();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        run(3, Duration.ofSeconds(1));
    }
}
