package grader.probe.watch;

/**
 * Measures how late this JVM's threads wake up while a call runs: a thread that sleeps {@code periodMillis} again
 * and again and keeps its worst oversleep. On a quiet machine that is well under a millisecond; a loaded one
 * (other JVMs starting, a busy loop) shows tens. A timed measurement taken while the canary saw more lateness
 * than the check's margin can absorb says more about the machine than about the student's code.
 */
public final class Canary {

    private final long periodMillis;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long worstNanos;

    public Canary(long periodMillis) {
        this.periodMillis = periodMillis;
        this.thread = new Thread(this::loop, "grader-canary");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void loop() {
        while (running) {
            long before = System.nanoTime();
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                return;
            }
            long late = System.nanoTime() - before - periodMillis * 1_000_000;
            if (late > worstNanos) {
                worstNanos = late;
            }
        }
    }

    /** Stops it and returns the worst lateness seen, in nanoseconds. */
    public long stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(1000);
        return worstNanos;
    }
}
