package homework.spinner;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;

/** A raw thread that prints a frame, sleeps one interval, and stops when a volatile flag is cleared. */
public final class Spinner {

    private Spinner() {
    }

    private static final class Frames implements Runnable {
        private final long intervalMillis;
        private volatile boolean running = true;

        Frames(long intervalMillis) {
            this.intervalMillis = intervalMillis;
        }

        @Override
        public void run() {
            char[] frames = {'|', '/', '-', '\\'};
            int i = 0;
            while (running) {
                System.out.println(frames[i]);
                i = (i + 1) % frames.length;
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }
    }

    public static <T> T withSpinner(Callable<T> work, Duration frameInterval) throws Exception {
        Objects.requireNonNull(work);
        if (frameInterval.toMillis() <= 0) {
            throw new IllegalArgumentException("frameInterval must be positive");
        }
        Frames frames = new Frames(frameInterval.toMillis());
        Thread thread = new Thread(frames);
        thread.start();
        try {
            return work.call();
        } finally {
            frames.stop();
            thread.join();
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(withSpinner(() -> {
            Thread.sleep(5000);
            return 42;
        }, Duration.ofMillis(200)));
    }
}
