package grader.cli;

import grader.score.Points;
import grader.engine.run.SandboxChoice;
import grader.text.Language;
import grader.text.Message;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the command line of {@code ./grade} into {@link Options}; a wrong one throws {@link UsageException}, whose
 * message is in the language {@code --lang} gave if it came before the mistake, else in the machine's.
 *
 * <pre>{@code
 * Options options = GradeArguments.parse(Path.of(""), Language.EN, "submissions/reference", "--json", "results.json");
 * }</pre>
 *
 * <p>Written by hand rather than with a parsing library: with picocli, measured, every {@code ./grade} reached
 * its first phase about 0.2 s later (on a busy machine; the whole start-up is 0.3 s).
 */
final class GradeArguments {

    /** Submissions graded at once in a batch: measured best on 2 cores (see the README). */
    static final int DEFAULT_JOBS = 2;

    /** Student JVMs at once. */
    static final int DEFAULT_PARALLEL = 4;

    /** Options of a run that grades one submission, which a batch has no use for. */
    private static final Set<String> ONE_SUBMISSION_ONLY =
            Set.of("--json", "--junit", "--github", "--fail-under", "--keep", "--timings");

    /** Options of a batch, which one submission has no use for. */
    private static final Set<String> BATCH_ONLY = Set.of("--out", "--jobs", "--force");

    /** The environment variable in which {@code grade.cmd} says where the user typed the command. */
    static final String CALLER_DIR = "GRADER_CALLER_DIR";

    private final Path here;
    private final Deque<String> words;
    /** The language of the run as far as the command line has been read: errors are said in it. */
    private Language language;
    /** Whether {@code --lang} was given: only then does it win over the course's. */
    private boolean languageGiven;

    private GradeArguments(Path here, Language machine, String... args) {
        this.here = here;
        this.words = new ArrayDeque<>(List.of(args));
        this.language = machine;
    }

    /** The command line of this process: relative to where it was typed, in the machine's language. */
    static Options parse(String... args) {
        return parse(callerDir(), Language.ofThisMachine(), args);
    }

    /** Where the user typed the command, or the empty path: the working folder. */
    static Path callerDir() {
        return Path.of(System.getenv().getOrDefault(CALLER_DIR, ""));
    }

    /**
     * @param here the folder relative paths on the command line are relative to: where the user typed the command,
     *     which {@code grade.cmd} passes in {@value #CALLER_DIR} because it runs Java from the repository (an empty
     *     path leaves them relative to the working folder)
     * @param machine the language of the machine's locale, for a command line without {@code --lang}
     */
    static Options parse(Path here, Language machine, String... args) {
        return new GradeArguments(here, machine, args).options();
    }

    /**
     * The language {@code --help} is printed in: {@code --lang}'s wherever it stands (help reads nothing else, so
     * nothing comes "before" it), else the machine's; a wrong {@code --lang} is ignored, as every other mistake is.
     */
    static Language helpLanguage(Language machine, String... args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang")) {
                try {
                    return Language.parse(args[i + 1]);
                } catch (IllegalArgumentException e) {
                    // not a language: the next --lang may be one
                }
            }
        }
        return machine;
    }

    private Options options() {
        Path submission = null;
        Long seed = null;
        int parallel = DEFAULT_PARALLEL;
        SandboxChoice.Mode sandbox = SandboxChoice.Mode.AUTO;
        Path json = null;
        Path junit = null;
        boolean github = false;
        Path timings = null;
        Optional<Points> failUnder = Optional.empty();
        Optional<Path> course = Optional.empty();
        boolean keep = false;
        Path batch = null;
        Path out = null;
        int jobs = DEFAULT_JOBS;
        boolean force = false;
        Path template = null;
        Set<String> given = new LinkedHashSet<>();
        while (!words.isEmpty()) {
            String word = words.pop();
            if (word.startsWith("--")) {
                given.add(word);
            }
            switch (word) {
                case "--seed" -> seed = number(word, Long::valueOf);
                case "--parallel" -> parallel = number(word, Integer::valueOf);
                case "--sandbox" -> sandbox = sandboxMode(value(word));
                case "--json" -> json = path(value(word));
                case "--junit" -> junit = path(value(word));
                case "--github" -> github = true;
                case "--timings" -> timings = path(value(word));
                case "--fail-under" -> failUnder = Optional.of(Points.of(number(word, Integer::valueOf)));
                case "--course" -> course = Optional.of(path(value(word)));
                case "--keep" -> keep = true;
                case "--batch" -> batch = path(value(word));
                case "--out" -> out = path(value(word));
                case "--jobs" -> jobs = number(word, Integer::valueOf);
                case "--force" -> force = true;
                case "--lang" -> {
                    language = language(value(word));
                    languageGiven = true;
                }
                case "--export-template" -> template = path(value(word));
                default -> {
                    if (word.startsWith("-") || submission != null) {
                        throw refused("cli.error.unexpected-argument", "argument", word);
                    }
                    submission = path(word);
                }
            }
        }
        if (parallel < 1) {
            throw refused("cli.error.at-least-one", "option", "--parallel");
        }
        if (jobs < 1) {
            throw refused("cli.error.at-least-one", "option", "--jobs");
        }
        if (batch != null && submission != null) {
            throw refused("cli.error.submission-and-batch");
        }
        refuseOptionsOutOfScope(given, template != null, batch != null, submission != null);
        Path home = Path.of(System.getProperty("grader.home", "."));
        Options.Batch batchRun = null;
        if (batch != null) {
            Path parent = batch.toAbsolutePath().normalize().getParent();
            Path into = out != null ? out : (parent == null ? Path.of("grades") : parent.resolve("grades"));
            batchRun = new Options.Batch(batch, into, jobs, force);
        }
        return new Options(submission == null ? home.resolve("assignments") : submission, seed, parallel, sandbox,
                new Options.Reports(json, junit, github, timings, failUnder, keep), batchRun, template,
                languageGiven ? Optional.of(language) : Optional.empty(), course);
    }

    /**
     * Each option belongs to one kind of run; one given to another kind would be dropped without a word, so it is
     * refused with what it applies to.
     */
    private void refuseOptionsOutOfScope(Set<String> given, boolean template, boolean batch, boolean submission) {
        if (template) {
            List<String> others = new ArrayList<>(given);
            others.remove("--export-template");
            others.remove("--lang"); // it says in which language the export reports what it wrote
            others.remove("--course"); // the course the template is for
            if (submission) {
                others.add(0, "PATH");
            }
            if (!others.isEmpty()) {
                throw refused("cli.error.template-alone", "options", String.join(", ", others));
            }
        } else if (batch) {
            List<String> single = given.stream().filter(ONE_SUBMISSION_ONLY::contains).toList();
            if (!single.isEmpty()) {
                throw refused("cli.error.not-for-a-batch", "options", String.join(", ", single));
            }
        } else {
            List<String> batchOnly = given.stream().filter(BATCH_ONLY::contains).toList();
            if (!batchOnly.isEmpty()) {
                throw refused("cli.error.batch-only", "options", String.join(", ", batchOnly));
            }
        }
    }

    private String value(String option) {
        if (words.isEmpty()) {
            throw refused("cli.error.needs-a-value", "option", option);
        }
        return words.pop();
    }

    private <T extends Number> T number(String option, Function<String, T> parse) {
        String text = value(option);
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            throw refused(e, "cli.error.not-a-number", "option", option, "value", text);
        }
    }

    private Path path(String text) {
        try {
            return here.resolve(text);
        } catch (InvalidPathException e) {
            // Windows refuses some characters in a name; say which name, not Java's exception
            throw refused(e, "cli.error.not-a-path", "path", text);
        }
    }

    private Language language(String text) {
        try {
            return Language.parse(text);
        } catch (IllegalArgumentException e) {
            throw refused(e, "cli.error.not-a-language", "value", text);
        }
    }

    private SandboxChoice.Mode sandboxMode(String text) {
        try {
            return SandboxChoice.Mode.parse(text);
        } catch (IllegalArgumentException e) {
            throw refused(e, "cli.error.not-a-sandbox", "value", text);
        }
    }

    private UsageException refused(String key, Object... namesAndValues) {
        return new UsageException(Message.of(key, namesAndValues), language);
    }

    private UsageException refused(Exception cause, String key, Object... namesAndValues) {
        return new UsageException(Message.of(key, namesAndValues), language, cause);
    }
}
