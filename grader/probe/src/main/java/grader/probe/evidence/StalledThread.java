package grader.probe.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the student's threads as the probe saw it shortly before the call's time limit.
 *
 * @param thread the thread
 * @param activity what it was doing
 * @param lines where it was in the student's code (its first frame there, from the top of its stack), every line
 *     it was seen at in the looks, in order: one for a thread stuck in a wait, several for a loop
 * @param inCall the JDK method the student's code had called and that it was in, e.g. {@code Thread.join}, or
 *     empty when it was in the student's code itself
 * @param lockOwner the thread that holds the lock it waits for, or null
 * @param joining the thread whose end it waits for ({@code Thread.join}), or null
 * @param locksHeld the classes of the locks it holds (monitors and {@code java.util.concurrent} locks)
 * @param deadlocked whether the JVM counts it in a deadlock ({@code ThreadMXBean.findDeadlockedThreads})
 */
public record StalledThread(ThreadRef thread, Activity activity, List<CodeLine> lines, String inCall,
        ThreadRef lockOwner, ThreadRef joining, List<String> locksHeld, boolean deadlocked) implements Serializable {

    public StalledThread {
        lines = new ArrayList<>(lines);
        locksHeld = new ArrayList<>(locksHeld);
    }

    /** What a thread was doing. */
    public enum Activity {
        /** Runnable: computing, or in a call such as a read that the JVM counts as running. */
        RUNNING,
        /** Waiting to enter a {@code synchronized} block or method. */
        BLOCKED,
        /** Waiting: {@code join}, {@code await}, {@code take}, {@code wait}, a parked lock. */
        WAITING,
        /** In {@code Thread.sleep}, called directly or through another JDK method ({@code TimeUnit.sleep}). */
        SLEEPING
    }

    /** A thread, by id and name. */
    public record ThreadRef(long id, String name) implements Serializable {}

    /** A line of a source file, e.g. {@code SquaresAndCubes.java:39}. */
    public record CodeLine(String file, int line) implements Serializable {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }
}
