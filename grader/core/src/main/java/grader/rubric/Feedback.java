package grader.rubric;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Outcome;
import grader.probe.evidence.Thrown;
import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
import grader.text.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds every failure message of the rubric, in one layout and in every language: what went wrong in a sentence
 * a student understands, the evidence on indented lines, then the next step to try. The parts are catalog
 * messages (keys under {@code rubric.}), or {@link Localized#verbatim} text for what the student's program or the
 * JDK wrote.
 *
 * <pre>{@code
 * throw Feedback.because(Message.of("rubric.squares.printed-by-caller", "kind", ..., "thread", "main"))
 *         .evidence(Lines.show(line))
 *         .hint(Message.of("rubric.squares.run-not-start"))
 *         .failure();
 * }</pre>
 *
 * gives, in English,
 *
 * <pre>
 * Your cube lines were printed by thread `main`, the thread that called compute.
 *     `3^3 = 27` (thread main, at 0.4 ms)
 *     Hint: did you call run() instead of start()?
 * </pre>
 */
public final class Feedback {

    private final Localized what;
    private final List<Localized> evidence = new ArrayList<>();
    private Localized hint = Localized.NONE;

    private Feedback(Localized what) {
        this.what = what;
    }

    public static Feedback because(Message what) {
        return new Feedback(Localized.of(what));
    }

    public static Feedback because(Localized what) {
        return new Feedback(what);
    }

    public Feedback evidence(Message line) {
        return evidence(Localized.of(line));
    }

    public Feedback evidence(Localized line) {
        evidence.add(line);
        return this;
    }

    public Feedback evidence(List<Localized> lines) {
        evidence.addAll(lines);
        return this;
    }

    public Feedback hint(Message next) {
        return hint(Localized.of(next));
    }

    public Feedback hint(Localized next) {
        this.hint = next;
        return this;
    }

    public Localized text() {
        return Localized.by(this::text);
    }

    private String text(Language language) {
        StringBuilder text = new StringBuilder(sentence(what.in(language)));
        for (Localized line : evidence) {
            text.append("\n    ").append(line.in(language));
        }
        if (!hint.isBlank()) {
            text.append("\n    ").append(Catalog.of(language).text("rubric.common.hint", "hint", hint));
        }
        return text.toString();
    }

    /** The failure that makes the check fail with this feedback. */
    public RubricFailure failure() {
        return new RubricFailure(text());
    }

    /** The standard feedback for a call that did not come back with a result. */
    public static AssertionError callFailed(CallEvidence call) {
        Feedback f = switch (call.outcome()) {
            case THREW -> because(Message.of("rubric.common.threw", "call", call.call(), "thrown",
                    thrown(call.thrown())))
                    .hint(call.thrown().summary().contains("UnsupportedOperationException: TODO")
                            ? Localized.of("rubric.common.skeleton") : Localized.NONE);
            case TIMED_OUT -> StallFeedback.timedOut(call);
            case OUTPUT_LIMIT -> because(Message.of("rubric.common.output-limit", "call", call.call()))
                    .hint(Message.of("rubric.common.output-limit-hint"));
            case JVM_ENDED -> because(Message.of("rubric.common.jvm-ended", "call", call.call()))
                    .hint(Message.of("rubric.common.jvm-ended-hint"));
            case OVER_CAP -> because(call.returned(UnreportedCall.class).map(u -> u.message(call.call()))
                    .map(Localized::of).orElse(Localized.verbatim(call.note()))).hint(CapBreach.hint());
            case RETURNED -> because(Message.of("rubric.common.returned", "call", call.call()));
        };
        if (!call.note().isEmpty() && call.outcome() != Outcome.OVER_CAP) {
            f.evidence(Localized.verbatim(call.note()));
        }
        // why the JVM left no evidence, as the grader saw it from outside
        call.returned(UnreportedCall.class).filter(u -> u.reason() != UnreportedCall.Reason.OVER_CAP)
                .ifPresent(u -> f.evidence(u.message(call.call())));
        if (!call.errorOutput().isBlank()) {
            f.evidence(Localized.verbatim("System.err: " + firstLines(call.errorOutput(), 4)));
        }
        return f.failure();
    }

    /**
     * A line for the feedback of a timing check whose call was measured while the machine was busy (its threads
     * woke up more than {@code tolerated} late even on the least disturbed attempt), or empty.
     */
    public static List<Localized> busyMachine(CallEvidence call, java.time.Duration tolerated) {
        if (call.worstLatenessNanos() <= tolerated.toNanos()) {
            return List.of();
        }
        return List.of(Localized.of("rubric.common.busy-machine", "late", Millis.of(call.worstLatenessNanos())));
    }

    /** An exception's chain as {@code A: x, caused by B: y (at homework.X.m(X.java:12))}, in every language. */
    public static Localized thrown(Thrown thrown) {
        return Localized.by(language -> {
            Catalog catalog = Catalog.of(language);
            String text = thrown.chain().isEmpty() ? "" : thrown.chain().get(0);
            for (String cause : thrown.chain().subList(Math.min(1, thrown.chain().size()), thrown.chain().size())) {
                text = catalog.text("rubric.common.caused-by", "exception", text, "cause", cause);
            }
            return thrown.where().isEmpty() ? text
                    : catalog.text("rubric.common.thrown-at", "exception", text, "where", thrown.where());
        });
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
