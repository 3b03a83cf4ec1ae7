package homework.bank;

/** Reference: the count is guarded by the counter's own monitor, so {@code count++} is one atomic step. */
public class Counter {

    private long count;

    public Counter() {
    }

    public synchronized void increment() {
        count++;
    }

    public synchronized long get() {
        return count;
    }
}
