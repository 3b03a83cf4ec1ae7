package grader.probe.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An exception from the student's code, cleaned for display: no grader frames.
 *
 * @param chain {@code Class: message} of the exception and of each of its causes, outermost first
 * @param where the first stack frame in the student's code ({@code homework.X.method(X.java:12)}), or empty
 */
public record Thrown(List<String> chain, String where) implements Serializable {
    public Thrown {
        chain = new ArrayList<>(chain);
    }

    /** The outermost exception, as {@code Class: message}. */
    public String summary() {
        return chain.isEmpty() ? "" : chain.get(0);
    }

    /** The whole chain in one line, with {@code caused by} between the links. */
    public String describe() {
        return String.join(", caused by ", chain) + (where.isEmpty() ? "" : " (at " + where + ")");
    }
}
