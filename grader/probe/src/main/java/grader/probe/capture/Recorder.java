package grader.probe.capture;

import grader.probe.evidence.PrintedLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the lines of one call, each with the thread that printed it and when, up to an output limit.
 *
 * <p>Thread-safe: every printing thread reports here. Once more than {@code limitBytes} were printed, further
 * output is dropped and {@code onLimit} runs once, so that the call can be cut instead of filling the disk.
 */
public final class Recorder {

    /** Lines kept at most: far more than any correct call prints, few enough to send back. */
    static final int MAX_LINES = 10_000;

    private final long startNanos;
    private final long limitBytes;
    private final Runnable onLimit;
    private final List<PrintedLine> lines = new ArrayList<>();
    private final Map<Long, Thread> printers = new LinkedHashMap<>();
    private final Map<Long, Integer> linesPerThread = new java.util.HashMap<>();
    private long bytes;
    private boolean overLimit;

    public Recorder(long startNanos, long limitBytes, Runnable onLimit) {
        this.startNanos = startNanos;
        this.limitBytes = limitBytes;
        this.onLimit = onLimit;
    }

    /** Counts printed bytes; false once the limit is passed (the bytes are then to be dropped). */
    boolean admit(int count) {
        boolean crossed;
        synchronized (this) {
            if (overLimit) {
                return false;
            }
            bytes += count;
            crossed = overLimit = bytes > limitBytes;
        }
        if (crossed) {
            onLimit.run();
        }
        return !crossed;
    }

    /** Records a completed line; returns how many lines its thread has printed, this one included. */
    synchronized int add(Thread thread, String text, boolean terminated) {
        long id = thread.getId();
        printers.putIfAbsent(id, thread);
        if (lines.size() < MAX_LINES) {
            lines.add(new PrintedLine(lines.size(), id, thread.getName(), System.nanoTime() - startNanos, text,
                    terminated));
        }
        notifyAll();
        return linesPerThread.merge(id, 1, Integer::sum);
    }

    /** Whether a thread other than {@code self} printed a line that {@code matches} accepts. */
    synchronized boolean anotherPrinted(long self, java.util.function.Predicate<String> matches) {
        return lines.stream().anyMatch(l -> l.threadId() != self && matches.test(l.text()));
    }

    /** Waits up to {@code millis} for the next line from any thread. */
    synchronized void awaitLine(long millis) throws InterruptedException {
        wait(millis);
    }

    public synchronized boolean overLimit() {
        return overLimit;
    }

    public synchronized List<PrintedLine> lines() {
        return List.copyOf(lines);
    }

    /** The threads that printed, in the order of their first line. */
    public synchronized List<Thread> printers() {
        return List.copyOf(printers.values());
    }
}
