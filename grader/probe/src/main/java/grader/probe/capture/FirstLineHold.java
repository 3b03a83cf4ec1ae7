package grader.probe.capture;

/** What happens to a thread right after it completed its first line. */
@FunctionalInterface
public interface FirstLineHold {

    /** Nothing: the thread goes on at once. */
    FirstLineHold NONE = thread -> {};

    /** Called on {@code thread} itself, outside any lock of the capture. */
    void atFirstLine(Thread thread);
}
