package grader.probe.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the student's threads were doing shortly before a call ran out of time: the evidence behind "where did it
 * hang". Taken by the probe in the student's JVM before the grader kills it.
 *
 * @param threads the student's threads that were in student code, deadlocked ones first, then by id
 * @param leftOut how many more such threads there were (left out to keep the evidence short)
 */
public record Stall(List<StalledThread> threads, int leftOut) implements Serializable {

    public Stall {
        threads = new ArrayList<>(threads);
    }

    /** Whether the JVM found threads waiting for each other's locks. */
    public boolean deadlock() {
        return threads.stream().anyMatch(StalledThread::deadlocked);
    }
}
