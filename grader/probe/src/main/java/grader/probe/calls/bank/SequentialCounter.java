package grader.probe.calls.bank;

/** The grader's own counter, one call at a time: what every interleaving must be equivalent to. */
public final class SequentialCounter {

    private long count;

    public void increment() {
        count++;
    }

    public long get() {
        return count;
    }
}
