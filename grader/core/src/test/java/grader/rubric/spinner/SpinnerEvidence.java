package grader.rubric.spinner;

import grader.probe.calls.spinner.SpinnerReturn;
import grader.probe.calls.spinner.WorkFailedException;
import grader.probe.calls.spinner.WorkRun;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Outcome;
import grader.probe.evidence.PrintedLine;
import grader.probe.evidence.ThreadFact;
import grader.probe.evidence.Thrown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Hand-made evidence of one {@code withSpinner} call: the work's run, the frames, how it came back. */
final class SpinnerEvidence {

    static final long CALLER = 1;
    static final long SPINNER = 7;
    static final List<String> FRAMES = List.of("|", "/", "-", "\\");

    private final String name;
    private final List<PrintedLine> lines = new ArrayList<>();
    private final Set<Long> aliveAfterGrace = new HashSet<>();
    private Outcome outcome = Outcome.RETURNED;
    private double returnedAtMs;
    private WorkRun work;
    private boolean isWorkResult = true;
    private String shown = "grader.probe.calls.spinner.GraderWork$Result the grader's work result";
    private Thrown thrown;
    private long latenessNanos = -1;

    private SpinnerEvidence(String name) {
        this.name = name;
    }

    /** A call whose work ran on the caller from {@code startMs} to {@code endMs} and returned at {@code returnedMs}. */
    static SpinnerEvidence returning(double startMs, double endMs, double returnedMs) {
        SpinnerEvidence e = new SpinnerEvidence("Spinner.withSpinner(work, Duration.ofMillis(50))");
        e.work = new WorkRun(1, CALLER, "main", nanos(startMs), nanos(endMs));
        e.returnedAtMs = returnedMs;
        return e;
    }

    /** The same for the failing work: withSpinner rethrew the work's own exception at {@code returnedMs}. */
    static SpinnerEvidence throwing(double startMs, double endMs, double returnedMs) {
        SpinnerEvidence e = returning(startMs, endMs, returnedMs);
        e.outcome = Outcome.THREW;
        e.thrown = new Thrown(List.of(WorkFailedException.summary()), "");
        return e;
    }

    /** Frames from {@code thread} at the given times, in the right order from {@code |}. */
    SpinnerEvidence frames(long thread, double... atMs) {
        for (int k = 0; k < atMs.length; k++) {
            line(thread, atMs[k], FRAMES.get(k % FRAMES.size()));
        }
        return this;
    }

    /** {@code count} frames from the spinner thread, the first at {@code firstMs}, then every {@code everyMs}. */
    SpinnerEvidence framesEvery(double firstMs, double everyMs, int count) {
        double[] at = new double[count];
        for (int k = 0; k < count; k++) {
            at[k] = firstMs + k * everyMs;
        }
        return frames(SPINNER, at);
    }

    SpinnerEvidence line(long thread, double atMs, String text) {
        lines.add(new PrintedLine(0, thread, threadName(thread), nanos(atMs), text, true));
        return this;
    }

    SpinnerEvidence aliveAfterGrace(long thread) {
        aliveAfterGrace.add(thread);
        return this;
    }

    SpinnerEvidence work(WorkRun run) {
        this.work = run;
        return this;
    }

    SpinnerEvidence returnedOther(String shown) {
        this.isWorkResult = false;
        this.shown = shown;
        return this;
    }

    SpinnerEvidence threw(String... chain) {
        this.outcome = Outcome.THREW;
        this.thrown = new Thrown(List.of(chain), "homework.spinner.Spinner.withSpinner(Spinner.java:30)");
        return this;
    }

    SpinnerEvidence returnedNormally() {
        this.outcome = Outcome.RETURNED;
        this.thrown = null;
        return this;
    }

    SpinnerEvidence timedOut() {
        this.outcome = Outcome.TIMED_OUT;
        return this;
    }

    SpinnerEvidence lateness(double ms) {
        this.latenessNanos = nanos(ms);
        return this;
    }

    CallEvidence build() {
        List<PrintedLine> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparingLong(PrintedLine::atNanos));
        List<PrintedLine> numbered = new ArrayList<>();
        for (PrintedLine l : ordered) {
            numbered.add(new PrintedLine(numbered.size(), l.threadId(), l.threadName(), l.atNanos(), l.text(), true));
        }
        List<ThreadFact> printers = numbered.stream().map(PrintedLine::threadId).distinct()
                .map(t -> new ThreadFact(t, threadName(t), t == CALLER, aliveAfterGrace.contains(t))).toList();
        boolean cameBack = outcome.cameBack();
        // as the probe does: read() makes the returned value only for a call that returned
        SpinnerReturn returned = outcome == Outcome.RETURNED ? new SpinnerReturn(work, isWorkResult, shown) : null;
        return new CallEvidence(name, outcome, cameBack ? nanos(returnedAtMs) : -1, thrown, CALLER, numbered,
                printers, List.of(), returned, null, "", "", latenessNanos);
    }

    private static String threadName(long thread) {
        return thread == CALLER ? "main" : "Thread-" + thread;
    }

    static long nanos(double ms) {
        return (long) (ms * 1_000_000);
    }
}
