package homework.bank;

import java.util.concurrent.atomic.LongAdder;

/** Correct style: a {@link LongAdder}; its sum is exact once the increments have finished. */
public class Counter {

    private final LongAdder count = new LongAdder();

    public void increment() {
        count.increment();
    }

    public long get() {
        return count.sum();
    }
}
