package grader.rubric;

import grader.probe.evidence.CallEvidence;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds every failure message of the rubric, in one layout: what went wrong in a sentence a student
 * understands, the evidence on indented lines, then the next step to try.
 *
 * <pre>{@code
 * throw Feedback.because("your cube lines were printed by thread `main`, the thread that called compute")
 *         .evidence("3^3 = 27 (thread main)")
 *         .hint("did you call run() instead of start()?")
 *         .failure();
 * }</pre>
 *
 * gives
 *
 * <pre>
 * Your cube lines were printed by thread `main`, the thread that called compute.
 *     3^3 = 27 (thread main)
 *     Hint: did you call run() instead of start()?
 * </pre>
 */
public final class Feedback {

    private final String what;
    private final List<String> evidence = new ArrayList<>();
    private String hint = "";

    private Feedback(String what) {
        this.what = what;
    }

    public static Feedback because(String what) {
        return new Feedback(what);
    }

    public Feedback evidence(String line) {
        evidence.add(line);
        return this;
    }

    public Feedback evidence(List<String> lines) {
        evidence.addAll(lines);
        return this;
    }

    public Feedback hint(String next) {
        this.hint = next;
        return this;
    }

    public String text() {
        StringBuilder text = new StringBuilder(sentence(what));
        for (String line : evidence) {
            text.append("\n    ").append(line);
        }
        if (!hint.isEmpty()) {
            text.append("\n    Hint: ").append(hint);
        }
        return text.toString();
    }

    /** The failure that makes the check fail with this feedback. */
    public AssertionError failure() {
        return new AssertionError(text());
    }

    /** The standard feedback for a call that did not come back with a result. */
    public static AssertionError callFailed(CallEvidence call) {
        Feedback f = switch (call.outcome()) {
            case THREW -> because(call.call() + " threw " + call.thrown().describe())
                    .hint(call.thrown().summary().contains("UnsupportedOperationException: TODO")
                            ? "this task is still the skeleton: implement it" : "");
            case TIMED_OUT -> StallFeedback.timedOut(call);
            case OUTPUT_LIMIT -> because(call.call() + " printed more than 1 MiB and was stopped")
                    .hint("does a loop print without end?");
            case JVM_ENDED -> because(call.call() + " never returned: the JVM ended first")
                    .hint("never call System.exit in a method: return or throw instead");
            case OVER_CAP -> because(call.note()).hint(grader.engine.run.CapBreach.hint());
            case RETURNED -> because(call.call() + " returned");
        };
        if (!call.note().isEmpty() && call.outcome() != grader.probe.evidence.Outcome.OVER_CAP) {
            f.evidence(call.note());
        }
        if (!call.errorOutput().isBlank()) {
            f.evidence("System.err: " + firstLines(call.errorOutput(), 4));
        }
        return f.failure();
    }

    /**
     * A line for the feedback of a timing check whose call was measured while the machine was busy (its threads
     * woke up more than {@code tolerated} late even on the least disturbed attempt), or empty.
     */
    public static java.util.List<String> busyMachine(CallEvidence call, java.time.Duration tolerated) {
        if (call.worstLatenessNanos() <= tolerated.toNanos()) {
            return java.util.List.of();
        }
        return java.util.List.of("measured while the machine was busy (threads woke up to "
                + grader.rubric.Millis.show(call.worstLatenessNanos()) + " late, on every attempt): grade again to "
                + "be sure");
    }

    /** The call itself if it returned, else the check fails with {@link #callFailed}. */
    public static CallEvidence returned(CallEvidence call) {
        if (call.outcome() != grader.probe.evidence.Outcome.RETURNED) {
            throw callFailed(call);
        }
        return call;
    }

    private static String firstLines(String text, int count) {
        List<String> lines = text.strip().lines().limit(count).toList();
        return String.join(" | ", lines);
    }

    private static String sentence(String what) {
        String s = what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }
}
