package homework.bank;

/** Correct style: a synchronized block on a private lock object. */
public class Counter {

    private final Object lock = new Object();
    private long count;

    public Counter() {
    }

    public void increment() {
        synchronized (lock) {
            count++;
        }
    }

    public long get() {
        synchronized (lock) {
            return count;
        }
    }
}
