package grader.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every message a person reads, in one language: the entries of {@code grader/text/messages_<code>.properties}
 * and of every installed assignment's own {@code messages_<code>.properties} in its package's folder (UTF-8; an
 * assignment is installed by a line of {@value #ASSIGNMENTS}, and may not redefine another's entry), written in
 * ICU's message syntax, so that named arguments, plural forms ({@code {threads, plural, one {#
 * поток} few {# потока} many {# потоков} other {# потока}}}) and numbers ({@code 0,9} in Russian) come out right.
 *
 * <pre>{@code
 * Catalog.of(Language.RU).text("report.total")
 * }</pre>
 */
public final class Catalog {

    static final String BUNDLE = "grader/text/messages";

    /** The list of installed assignments, whose packages hold their catalogs. */
    static final String ASSIGNMENTS = "META-INF/services/grader.rubric.Assignment";

    private final Language language;
    private final Map<String, String> entries;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Catalog(Language language) {
        this.language = language;
        this.entries = Collections.unmodifiableMap(read(language));
    }

    private static Map<String, String> read(Language language) {
        ClassLoader loader = Catalog.class.getClassLoader();
        Map<String, String> entries = new HashMap<>();
        add(entries, loader.getResource(BUNDLE + "_" + language.code() + ".properties"), true);
        try {
            for (URL list : Collections.list(loader.getResources(ASSIGNMENTS))) {
                try (var reader = new BufferedReader(new InputStreamReader(list.openStream(), StandardCharsets.UTF_8))) {
                    for (String line : reader.lines().map(l -> l.replaceAll("#.*", "").strip()).toList()) {
                        if (!line.isEmpty()) {
                            String folder = line.substring(0, line.lastIndexOf('.')).replace('.', '/');
                            add(entries, loader.getResource(folder + "/messages_" + language.code() + ".properties"),
                                    false);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static void add(Map<String, String> entries, URL catalog, boolean required) {
        if (catalog == null) {
            if (required) {
                throw new IllegalStateException("no catalog " + BUNDLE);
            }
            return;
        }
        Properties read = new Properties();
        try (InputStream in = catalog.openStream()) {
            read.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : read.stringPropertyNames()) {
            if (entries.putIfAbsent(key, read.getProperty(key)) != null) {
                throw new IllegalStateException(catalog + " redefines the message " + key);
            }
        }
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
    public Set<String> keys() {
        return entries.keySet();
    }

    /** The entry itself, unformatted: for the tests that compare the languages. */
    public String pattern(String key) {
        String pattern = entries.get(key);
        if (pattern == null) {
            throw new IllegalStateException("no message " + key + " in the " + language.code() + " catalog");
        }
        return pattern;
    }

    private MessageFormat format(String key) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(pattern(k), ULocale.forLocale(language.locale())));
    }
}
