package grader.engine.run;

import java.io.Serializable;

/**
 * A call that went past one of its {@link CallCaps}, as the grader itself saw it (a full file system is only an
 * exception inside the student's code, which it may swallow; a process the kernel killed may be a child).
 *
 * @param cap which cap
 * @param limit the cap's value, in bytes or in files
 * @param used what the grader measured when the call ended: bytes or files, or for memory how many of its
 *     processes the kernel killed
 */
public record CapBreach(Cap cap, long limit, long used) implements Serializable {

    /** The caps the grader can see being hit. */
    public enum Cap {
        /** The bytes of the call's files: its working folder and {@code /tmp}. */
        FILE_BYTES,
        /** The number of its files and folders. */
        FILES,
        /** The memory of its processes together: the kernel killed one of them. */
        MEMORY
    }

    /** The feedback's sentence for the call {@code call}, which names the cap and what was measured. */
    public String sentence(String call) {
        return switch (cap) {
            case FILE_BYTES -> call + " wrote more than " + CallCaps.size(limit) + " of files (its working folder "
                    + "and /tmp together, " + CallCaps.size(used) + " when it ended), the most one call may write, "
                    + "so its writes failed";
            case FILES -> call + " created more than " + limit + " files and folders (" + used + " when it ended), "
                    + "the most one call may create, so its writes failed";
            case MEMORY -> call + " used more than " + CallCaps.size(limit) + " of memory (its JVM and every process "
                    + "it started together), the most one call may use, so the kernel killed " + used + " of its "
                    + "processes";
        };
    }

    /** What to try, for any cap: a correct solution comes nowhere near one. */
    public static String hint() {
        return "a correct solution stays far below every cap: look for a loop that writes files, allocates memory "
                + "or starts processes without end";
    }
}
