package grader.rubric;

import grader.text.Message;
import java.io.Serializable;

/**
 * A call that went past one of its caps, as the grader itself saw it (a full file system is only an
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
    public Message message(String call) {
        return switch (cap) {
            case FILE_BYTES -> Message.of("engine.cap.file-bytes", "call", call, "limit", size(limit),
                    "used", size(used));
            case FILES -> Message.of("engine.cap.files", "call", call, "limit", Long.toString(limit),
                    "used", Long.toString(used));
            case MEMORY -> Message.of("engine.cap.memory", "call", call, "limit", size(limit),
                    "killed", used);
        };
    }

    /** What to try, for any cap: a correct solution comes nowhere near one. */
    public static Message hint() {
        return Message.of("engine.cap.hint");
    }

    /** A size as people write it: {@code 64 MiB}, {@code 2 GiB}, {@code 1.5 MiB}. */
    public static String size(long bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value == Math.rint(value) ? Long.toString((long) value)
                : String.format(java.util.Locale.ROOT, "%.1f", value)) + " " + units[unit];
    }
}
