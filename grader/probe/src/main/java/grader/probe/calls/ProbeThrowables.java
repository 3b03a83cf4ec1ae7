package grader.probe.calls;

import grader.probe.evidence.Thrown;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Turns a student's exception into a {@link Thrown}: its chain, and the first frame in the student's code. */
public final class ProbeThrowables {

    private ProbeThrowables() {}

    public static Thrown clean(Throwable thrown) {
        List<String> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        String where = "";
        for (Throwable t = thrown; t != null && seen.put(t, true) == null && chain.size() < 8; t = t.getCause()) {
            String message = safeMessage(t);
            chain.add(t.getClass().getName() + (message == null ? "" : ": " + message));
            if (where.isEmpty()) {
                where = firstStudentFrame(t);
            }
        }
        return new Thrown(chain, where);
    }

    private static String safeMessage(Throwable t) {
        try {
            String message = t.getMessage();
            return message == null || message.length() <= 500 ? message : message.substring(0, 500) + "...";
        } catch (RuntimeException e) {
            return "(its getMessage() threw " + e.getClass().getName() + ")";
        }
    }

    private static String firstStudentFrame(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("homework.")) {
                return frame.toString();
            }
        }
        return "";
    }
}
