package grader.report;

/** Whether a task could be graded. */
public enum TaskStatus {
    GRADED("graded"),
    MISSING("missing"),
    COMPILE_ERROR("compile-error"),
    INVALID("invalid");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    /** The word gradebooks use. */
    public String label() {
        return label;
    }
}
