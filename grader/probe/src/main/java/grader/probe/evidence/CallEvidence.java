package grader.probe.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything one call of a student's method left behind.
 *
 * @param call what was called, e.g. {@code SquaresAndCubes.compute(10)}
 * @param outcome how the call ended
 * @param returnedAtNanos when it returned or threw, in nanoseconds since it started ({@code -1} if it did not)
 * @param thrown what it threw, or null
 * @param callerThreadId the id of the thread that made the call (named {@code main}, as in a student's own run)
 * @param lines every line printed on {@code System.out}, in order
 * @param printers the threads that printed
 * @param witnesses what was alive while a printer was held at its first line (task 1 only)
 * @param returned what it returned, or null
 * @param processes the processes it started (task 4 only), or null
 * @param errorOutput the start of what was printed on {@code System.err} (uncaught exceptions land there)
 * @param note a word from the probe or the grader about anything unusual (empty if none)
 * @param worstLatenessNanos the worst wake-up lateness a sleeping thread saw during the call ({@code -1} if not
 *     measured): how disturbed the machine was while the call was timed
 * @param stall where the student's threads were shortly before the time limit, for a call that ran out of time
 *     (null otherwise, or when the probe could not look)
 */
public record CallEvidence(String call, Outcome outcome, long returnedAtNanos, Thrown thrown, long callerThreadId,
        List<PrintedLine> lines, List<ThreadFact> printers, List<Witness> witnesses, ReturnedValue returned,
        ProcessObservation processes, String errorOutput, String note, long worstLatenessNanos, Stall stall)
        implements Serializable {

    public CallEvidence {
        lines = new ArrayList<>(lines);
        printers = new ArrayList<>(printers);
        witnesses = new ArrayList<>(witnesses);
    }

    /** Evidence of a call that did not run out of time, or whose threads were not looked at. */
    public CallEvidence(String call, Outcome outcome, long returnedAtNanos, Thrown thrown, long callerThreadId,
            List<PrintedLine> lines, List<ThreadFact> printers, List<Witness> witnesses, ReturnedValue returned,
            ProcessObservation processes, String errorOutput, String note, long worstLatenessNanos) {
        this(call, outcome, returnedAtNanos, thrown, callerThreadId, lines, printers, witnesses, returned, processes,
                errorOutput, note, worstLatenessNanos, null);
    }

    /** Evidence of a call that never reported: the JVM ended first or had to be killed. */
    public static CallEvidence unreported(String call, Outcome outcome, String note) {
        return new CallEvidence(call, outcome, -1, null, -1, List.of(), List.of(), List.of(), null, null, "", note, -1);
    }

    /** The returned value as the given type, if the call returned one of that type. */
    public <T extends ReturnedValue> Optional<T> returned(Class<T> type) {
        return type.isInstance(returned) ? Optional.of(type.cast(returned)) : Optional.empty();
    }
}
