package grader.engine.submission;

import java.io.IOException;

/** A submission that cannot be read at all: a missing path, a broken archive, an unsafe entry. */
public final class InvalidSubmissionException extends IOException {
    public InvalidSubmissionException(String message) {
        super(message);
    }

    public InvalidSubmissionException(String message, Throwable cause) {
        super(message, cause);
    }
}
