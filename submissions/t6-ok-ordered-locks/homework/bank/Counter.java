package homework.bank;

import java.util.concurrent.atomic.AtomicLong;

/** Correct style: an {@link AtomicLong}, whose incrementAndGet is one atomic read-modify-write. */
public class Counter {

    private final AtomicLong count = new AtomicLong();

    public void increment() {
        count.incrementAndGet();
    }

    public long get() {
        return count.get();
    }
}
