package grader.engine.submission;

import grader.text.Language;
import grader.text.Localized;
import grader.text.Message;
import java.io.IOException;

/**
 * A submission that cannot be read at all: a missing path, a broken archive, an unsafe entry. It carries why in
 * every language, for the student's report; its message is the English, for the command line and logs.
 */
public final class InvalidSubmissionException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Not serialized: the exception never leaves the grader's JVM. */
    private final transient Localized text;

    public InvalidSubmissionException(Message message) {
        this(Localized.of(message), null);
    }

    public InvalidSubmissionException(Localized text, Throwable cause) {
        super(text.in(Language.EN), cause);
        this.text = text;
    }

    /** For a class download's own error, which only the instructor's command line shows. */
    public InvalidSubmissionException(String message) {
        this(Localized.verbatim(message), null);
    }

    public Localized text() {
        return text;
    }
}
