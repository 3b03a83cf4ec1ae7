package grader.probe.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The processes that descended from the student's JVM during a call, as a watcher polling them saw it.
 *
 * @param children every descendant seen, in the order first seen
 * @param mostAliveAtOnce the most descendants confirmed alive at one instant
 * @param polls how many times the watcher looked (evidence that it was looking often)
 */
public record ProcessObservation(List<ChildProcess> children, List<Long> mostAliveAtOnce, int polls)
        implements Serializable {
    public ProcessObservation {
        children = new ArrayList<>(children);
        mostAliveAtOnce = new ArrayList<>(mostAliveAtOnce);
    }
}
