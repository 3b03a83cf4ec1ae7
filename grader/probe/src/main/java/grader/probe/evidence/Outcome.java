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
    JVM_ENDED;

    /** Whether the call came back by itself, with a value or an exception. */
    public boolean cameBack() {
        return this == RETURNED || this == THREW;
    }
}
