package grader.cli;

import grader.text.Catalog;
import grader.text.Language;
import grader.text.Message;

/**
 * A command line {@code ./grade} cannot run: what is wrong, as a {@link Message}, and the language to say it in,
 * which is {@code --lang}'s if the parser had read it before it found the error, else the machine's. The parser
 * finds the error; {@link GradeCommand} renders it, with the usage, in that language.
 */
final class UsageException extends IllegalArgumentException {

    // a Message holds arbitrary argument values: not serialisable, and nothing serialises this exception
    private final transient Message message;
    private final Language language;

    UsageException(Message message, Language language) {
        this(message, language, null);
    }

    UsageException(Message message, Language language, Throwable cause) {
        super(message.key(), cause);
        this.message = message;
        this.language = language;
    }

    Message message() {
        return message;
    }

    Language language() {
        return language;
    }

    /** The message in its language, for a stack trace or a test: the catalog's words, not a second copy of them. */
    @Override
    public String getMessage() {
        return Catalog.of(language).text(message);
    }
}
