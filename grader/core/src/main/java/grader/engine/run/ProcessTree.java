package grader.engine.run;

import java.util.List;

/** Ends a process and everything it started. */
final class ProcessTree {

    private ProcessTree() {}

    /**
     * Kills {@code process} and its descendants, children first, looking again until none is left (a fork bomb
     * keeps starting new ones while the old ones die).
     */
    static void kill(ProcessHandle process) {
        for (int round = 0; round < 50; round++) {
            List<ProcessHandle> descendants = process.descendants().toList();
            if (descendants.isEmpty()) {
                break;
            }
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
        process.destroyForcibly();
    }
}
