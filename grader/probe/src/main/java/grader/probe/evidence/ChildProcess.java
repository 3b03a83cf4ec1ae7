package grader.probe.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A process that descended from the student's JVM during the call.
 *
 * @param pid its process id
 * @param arguments its command-line arguments after the executable, as last seen (after {@code exec})
 * @param firstSeenNanos when it was first seen, in nanoseconds since the call started
 * @param lastSeenNanos when it was last seen alive
 * @param aliveAfterReturn whether it was still alive after the call came back and a short grace had passed
 */
public record ChildProcess(long pid, List<String> arguments, long firstSeenNanos, long lastSeenNanos,
        boolean aliveAfterReturn) implements Serializable {
    public ChildProcess {
        arguments = new ArrayList<>(arguments);
    }

    /** The main class a child JVM runs: the argument after the class path options, or empty. */
    public String mainClass() {
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return "";
    }

    /** The arguments after the main class. */
    public List<String> programArguments() {
        String main = mainClass();
        int at = main.isEmpty() ? arguments.size() : arguments.indexOf(main) + 1;
        return List.copyOf(arguments.subList(Math.min(at, arguments.size()), arguments.size()));
    }
}
