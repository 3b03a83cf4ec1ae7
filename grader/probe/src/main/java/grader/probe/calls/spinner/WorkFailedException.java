package grader.probe.calls.spinner;

/**
 * The checked exception the grader's work throws in the failure call: a class of the grader's own, so that a
 * submission cannot throw it by accident, and checked, so that rethrowing it needs {@code throws Exception}.
 */
public final class WorkFailedException extends Exception {

    /** Its message: row 5.1 expects this class and this message back, unchanged. */
    public static final String MESSAGE = "the grader's work failed on purpose";

    private static final long serialVersionUID = 1L;

    WorkFailedException() {
        super(MESSAGE);
    }

    /** How the probe's evidence shows the exception, {@code Class: message} (see {@code Thrown.summary()}). */
    public static String summary() {
        return WorkFailedException.class.getName() + ": " + MESSAGE;
    }
}
