package homework.bank;

/** Flaw (6.1): increment() is not synchronized, so two threads can both read 0 and both write 1. */
public class Counter {

    private long count;

    public Counter() {
    }

    public void increment() {
        count++;
    }

    public synchronized long get() {
        return count;
    }
}
