package grader.probe.capture;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The live platform threads of this JVM. */
public final class Threads {

    private Threads() {}

    /** Every live platform thread, from the root thread group down. */
    public static List<Thread> live() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads;
        int count;
        do {
            threads = new Thread[root.activeCount() * 2 + 16];
            count = root.enumerate(threads, true);
        } while (count == threads.length);
        return Arrays.stream(threads, 0, count).filter(Objects::nonNull).toList();
    }

    /** The highest thread id in use now: threads started later have higher ids. */
    public static long highestId() {
        return live().stream().mapToLong(Thread::getId).max().orElse(0);
    }
}
