package homework.spinner;

import java.time.Duration;
import java.util.concurrent.Callable;

/** A Thread subclass that spins until it is interrupted. */
public final class Spinner {

    private Spinner() {
    }

    static final class SpinnerThread extends Thread {
        private static final String FRAMES = "|/-\\";
        private final Duration interval;

        SpinnerThread(Duration interval) {
            super("spinner-thread");
            this.interval = interval;
        }

        @Override
        public void run() {
            int frame = 0;
            while (!isInterrupted()) {
                System.out.printf("%c%n", FRAMES.charAt(frame));
                frame = (frame + 1) % FRAMES.length();
                try {
                    sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    break;
                }
            }
        }
    }

    public static <T> T withSpinner(Callable<T> work, Duration frameInterval) throws Exception {
        if (work == null) {
            throw new NullPointerException("work");
        }
        if (frameInterval.isNegative() || frameInterval.isZero()) {
            throw new IllegalArgumentException("frameInterval");
        }
        SpinnerThread spinner = new SpinnerThread(frameInterval);
        spinner.start();
        try {
            return work.call();
        } finally {
            spinner.interrupt();
            spinner.join();
        }
    }

    public static void main(String[] args) throws Exception {
        withSpinner(() -> {
            Thread.sleep(5000);
            return null;
        }, Duration.ofMillis(200));
    }
}
