package grader.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every message a person reads, in one language: the entries of {@code grader/text/messages_<code>.properties}
 * (UTF-8), written in ICU's message syntax, so that named arguments, plural forms ({@code {threads, plural, one {#
 * поток} few {# потока} many {# потоков} other {# потока}}}) and numbers ({@code 0,9} in Russian) come out right.
 *
 * <pre>{@code
 * Catalog.of(Language.RU).text("report.total")
 * }</pre>
 */
public final class Catalog {

    static final String BUNDLE = "grader.text.messages";

    private final Language language;
    private final ResourceBundle bundle;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Catalog(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** One catalog per language, kept: its compiled formats are worth keeping, and it changes nothing else. */
    private static final Map<Language, Catalog> CATALOGS = new ConcurrentHashMap<>();

    public static Catalog of(Language language) {
        return CATALOGS.computeIfAbsent(language, Catalog::new);
    }

    public Language language() {
        return language;
    }

    public String text(Message message) {
        Map<String, Object> args = new LinkedHashMap<>();
        message.args().forEach((name, value) -> args.put(name, value instanceof Message m ? text(m)
                : value instanceof Localized l ? l.in(language) : value));
        MessageFormat format = format(message.key());
        // one catalog serves every thread (a batch judges submissions in parallel); ICU's formats are not thread-safe
        synchronized (format) {
            return format.format(args);
        }
    }

    /** {@link #text(Message)} of {@code Message.of(key, namesAndValues)}. */
    public String text(String key, Object... namesAndValues) {
        return text(Message.of(key, namesAndValues));
    }

    /** Every entry's name: for the tests that compare the languages. */
    Set<String> keys() {
        return bundle.keySet();
    }

    /** The entry itself, unformatted: for the tests that compare the languages. */
    String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + key + " in the " + language.code() + " catalog", e);
        }
    }

    private MessageFormat format(String key) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(pattern(k), ULocale.forLocale(language.locale())));
    }
}
