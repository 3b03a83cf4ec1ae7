package grader.text;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A text a person reads, already in every language the grader speaks: a verdict is reached once, each report
 * takes it in its reader's language. It is a {@link Message} rendered with each language's {@link Catalog}, or
 * {@link #verbatim} text that others wrote and nobody translates (javac's and the JDK's messages, the student's
 * output). As JSON it is an object of the texts by language ({@code {"EN": "...", "RU": "..."}}), so a cached
 * {@code grade.json} reads back to the same value.
 *
 * <pre>{@code
 * Localized.of(Message.of("rubric.common.hint", "hint", "...")).in(Language.RU)
 * }</pre>
 *
 * @param texts the text in each language; every language has one
 */
public record Localized(Map<Language, String> texts) {

    /** No text: what a check that passed says. */
    public static final Localized NONE = verbatim("");

    @JsonCreator
    public Localized {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        copy.putAll(texts);
        for (Language language : Language.values()) {
            if (copy.get(language) == null) {
                throw new IllegalArgumentException("no " + language.code() + " text in " + texts);
            }
        }
        texts = Collections.unmodifiableMap(copy);
    }

    /** The message in every language. */
    public static Localized of(Message message) {
        return by(language -> Catalog.of(language).text(message));
    }

    /** {@link #of(Message)} of {@code Message.of(key, namesAndValues)}. */
    public static Localized of(String key, Object... namesAndValues) {
        return of(Message.of(key, namesAndValues));
    }

    /** Text with no translation, the same in every language: what javac, the JDK or the student wrote. */
    public static Localized verbatim(String text) {
        return by(language -> text);
    }

    /** Each of {@code texts} {@link #verbatim}. */
    public static List<Localized> allVerbatim(List<String> texts) {
        return texts.stream().map(Localized::verbatim).toList();
    }

    /** The text made for each language by {@code text}. */
    public static Localized by(Function<Language, String> text) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, text.apply(language));
        }
        return new Localized(texts);
    }

    /** The texts joined, language by language. */
    public static Localized join(String delimiter, List<Localized> parts) {
        return by(language -> parts.stream().map(p -> p.in(language)).collect(Collectors.joining(delimiter)));
    }

    public String in(Language language) {
        return texts.get(language);
    }

    /** Whether there is nothing to read (a text is blank in one language only if it is in all). */
    public boolean isBlank() {
        return in(Language.EN).isBlank();
    }

    @JsonValue
    @Override
    public Map<Language, String> texts() {
        return texts;
    }
}
