package grader.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message for a person, not yet in a language: the name of a catalog entry and its named arguments. A verdict
 * is reached once and carries its messages; each report renders them in its reader's language with a
 * {@link Catalog}. An argument may itself be a message, or a {@link Localized} text (taken in the catalog's
 * language).
 *
 * <pre>{@code
 * Message.of("report.below-pass-mark", "score", 42, "mark", 60)
 * }</pre>
 *
 * @param key the catalog entry, e.g. {@code report.total}
 * @param args its arguments by name, in the order given
 */
public record Message(String key, Map<String, Object> args) {

    public Message {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** A message with arguments given as name, value, name, value... */
    public static Message of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(key + ": arguments come in name, value pairs");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException(key + ": argument " + i / 2 + " has no name");
            }
            args.put(name, namesAndValues[i + 1]);
        }
        return new Message(key, args);
    }
}
