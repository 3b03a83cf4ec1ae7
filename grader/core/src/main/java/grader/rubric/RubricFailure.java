package grader.rubric;

import grader.text.Language;
import grader.text.Localized;

/**
 * A check's failure that carries its feedback in every language, so that the verdict reaches the report as it is
 * ({@link RubricLauncher}); its message is the English text, for a stack trace and for JUnit's own output.
 */
public final class RubricFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** Not serialized: the failure never leaves the grader's JVM. */
    private final transient Localized feedback;

    public RubricFailure(Localized feedback) {
        super(feedback.in(Language.EN));
        this.feedback = feedback;
    }

    public Localized feedback() {
        return feedback;
    }
}
