package grader.probe.evidence;

/** How a call of the student's method ended. */
public enum Outcome {
    /** It returned normally. */
    RETURNED,
    /** It threw; see {@link CallEvidence#thrown()}. */
    THREW,
    /** It was still running when its time limit ran out. */
    TIMED_OUT,
    /** It printed more than the output limit and was cut. */
    OUTPUT_LIMIT,
    /** The student's JVM ended before it reported (for instance {@code System.exit}, a crash, or a kill). */
    JVM_ENDED,
    /**
     * It went past a cap of its sandbox on files or memory, which the grader measured outside the JVM (set by the
     * grader only, whatever the probe reported); the note says which.
     */
    OVER_CAP;

    /** Whether the call came back by itself, with a value or an exception. */
    public boolean cameBack() {
        return this == RETURNED || this == THREW;
    }
}
