package grader.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A language the grader speaks. Which one a run uses: the command line's {@code --lang}, else the course's, else
 * the machine's locale ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}, then the JVM's {@code user.language},
 * which is how Windows says it), else English.
 */
public enum Language {
    EN(Locale.ENGLISH),
    RU(Locale.forLanguageTag("ru"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** {@code ru}, {@code RU}, {@code ru_RU.UTF-8} or {@code ru-RU}; anything else is refused. */
    public static Language parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException("not a language of the grader: " + text
                + " (en or ru)"));
    }

    /**
     * The language of a run.
     *
     * @param commandLine what {@code --lang} said, if given
     * @param course what the course file says, if it says
     * @param environment the process's environment (the POSIX locale variables)
     * @param userLanguage the JVM's {@code user.language}
     */
    public static Language choose(Optional<String> commandLine, Optional<String> course,
            Map<String, String> environment, String userLanguage) {
        if (commandLine.isPresent()) {
            return parse(commandLine.get());
        }
        if (course.isPresent()) {
            return parse(course.get());
        }
        Optional<String> posix = Stream.of("LC_ALL", "LC_MESSAGES", "LANG").map(environment::get)
                .filter(v -> v != null && !v.isBlank()).findFirst();
        // C, POSIX and C.UTF-8 (GitHub's runners) say "no language": English
        return posix.map(v -> find(v).orElse(EN)).orElseGet(() -> find(userLanguage == null ? "" : userLanguage)
                .orElse(EN));
    }

    /** The language of this process's locale, when no command line or course says otherwise. */
    public static Language ofThisMachine() {
        return choose(Optional.empty(), Optional.empty(), System.getenv(), System.getProperty("user.language"));
    }

    private static Optional<Language> find(String text) {
        String code = text.strip().toLowerCase(Locale.ROOT).split("[_.@-]", 2)[0];
        return Stream.of(values()).filter(l -> l.code().equals(code)).findFirst();
    }
}
