package grader.probe.calls.bank;

import java.io.Serializable;

/**
 * What one operation gave: a value, nothing ({@code void}), an exception (by its class's simple name), or nothing
 * because it never finished.
 *
 * @param kind which of these
 * @param value the value or the exception's simple class name; empty for {@code VOID} and {@code HUNG}
 */
public record OpResult(Kind kind, String value) implements Serializable {

    /** The four ways an operation can end. */
    public enum Kind { VALUE, VOID, THREW, HUNG }

    public static OpResult value(Object value) {
        return new OpResult(Kind.VALUE, String.valueOf(value));
    }

    public static OpResult ofVoid() {
        return new OpResult(Kind.VOID, "");
    }

    public static OpResult threw(Throwable thrown) {
        return new OpResult(Kind.THREW, thrown.getClass().getSimpleName());
    }

    public static OpResult hung() {
        return new OpResult(Kind.HUNG, "");
    }
}
