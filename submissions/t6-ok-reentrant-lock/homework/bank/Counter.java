package homework.bank;

import java.util.concurrent.locks.ReentrantLock;

/** Correct style: a {@link ReentrantLock}, unlocked in {@code finally}. */
public class Counter {

    private final ReentrantLock lock = new ReentrantLock();
    private long count;

    public void increment() {
        lock.lock();
        try {
            count++;
        } finally {
            lock.unlock();
        }
    }

    public long get() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
