package grader.engine.submission;

import grader.text.Localized;
import grader.text.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds each class of the contract in a submission by its package and file name, at any depth.
 *
 * <p>When a class is there more than once, the copy in the Maven layout ({@code .../src/main/java/homework/...})
 * wins, then one that is not the skeleton (a {@code TODO} body left), then one whose folders match its package,
 * then the newest, the shallowest, the first by path; the feedback names the graded copy, why, and the ignored
 * ones.
 */
public final class SourceLocator {

    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    /** A method body the skeleton left for the student: {@code throw new UnsupportedOperationException("TODO")}. */
    private static final Pattern TODO_BODY = Pattern.compile(
            "throw\\s+new\\s+UnsupportedOperationException\\s*\\(\\s*\"TODO[^\"]*\"\\s*\\)");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    /** @param file the chosen copy, if any; @param note what the student should know (empty if nothing) */
    public record Found(Optional<SourceFile> file, Localized note) {}

    private SourceLocator() {}

    public static Map<String, Found> locate(Submission submission, List<String> classNames) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (String className : classNames) {
            found.put(className, locate(submission.sources(), className));
        }
        return found;
    }

    static Found locate(List<SourceFile> sources, String className) {
        int dot = className.lastIndexOf('.');
        String pkg = className.substring(0, dot);
        String fileName = className.substring(dot + 1) + ".java";
        String packagePath = pkg.replace('.', '/') + "/" + fileName;
        List<SourceFile> candidates = new ArrayList<>();
        for (SourceFile source : sources) {
            String shown = source.shownPath();
            boolean nameMatches = shown.equals(fileName) || shown.endsWith("/" + fileName);
            if (nameMatches && pkg.equals(packageOf(source.text()))) {
                candidates.add(source);
            }
        }
        if (candidates.isEmpty()) {
            return new Found(Optional.empty(), Localized.NONE);
        }
        candidates.sort(Comparator.comparing(SourceFile::shownPath));
        if (candidates.size() == 1) {
            return new Found(Optional.of(candidates.get(0)), Localized.NONE);
        }
        // the ignored copies are named in the order they would have been chosen
        List<SourceFile> left = new ArrayList<>(candidates);
        List<Choice> ranked = new ArrayList<>();
        while (!left.isEmpty()) {
            Choice choice = choose(left, packagePath);
            ranked.add(choice);
            left.remove(choice.file());
        }
        SourceFile chosen = ranked.get(0).file();
        List<String> ignored = ranked.stream().skip(1).map(c -> c.file().shownPath()).toList();
        return new Found(Optional.of(chosen), Localized.of("engine.copies", "count", candidates.size(), "file",
                fileName, "package", pkg, "graded", chosen.shownPath(), "why", ranked.get(0).why().why, "ignored",
                String.join(", ", ignored)));
    }

    /** The copy chosen among some, and the first preference that set it apart (null when it was alone). */
    private record Choice(SourceFile file, Preference why) {}

    private static Choice choose(List<SourceFile> copies, String packagePath) {
        List<SourceFile> left = copies;
        Preference decided = null;
        for (Preference preference : Preference.values()) {
            List<SourceFile> kept = preference.keep(left, packagePath);
            if (decided == null && kept.size() < left.size()) {
                decided = preference;
            }
            left = kept;
        }
        return new Choice(left.get(0), decided);
    }

    /**
     * Which copy of a class is graded, in order: each keeps the copies it prefers (all of them if none is), and
     * the first that keeps fewer is the reason the note gives.
     */
    private enum Preference {
        MAVEN("maven") {
            @Override
            boolean prefers(SourceFile s, String packagePath) {
                return under(s, "src/main/java/" + packagePath);
            }
        },
        NOT_SKELETON("not-skeleton") {
            @Override
            boolean prefers(SourceFile s, String packagePath) {
                return !TODO_BODY.matcher(s.text()).find();
            }
        },
        PACKAGE_FOLDERS("package-folders") {
            @Override
            boolean prefers(SourceFile s, String packagePath) {
                return under(s, packagePath);
            }
        },
        NEWEST("newest") {
            @Override
            List<SourceFile> keep(List<SourceFile> copies, String packagePath) {
                // zip keeps times to 2 s; copies closer than that were saved together, and their order says nothing
                Instant newest = copies.stream().map(SourceFile::modified).max(Comparator.naturalOrder()).orElseThrow();
                return copies.stream().filter(s -> !s.modified().isBefore(newest.minus(SAME_TIME))).toList();
            }
        },
        SHALLOWEST("shallowest") {
            @Override
            List<SourceFile> keep(List<SourceFile> copies, String packagePath) {
                int depth = copies.stream().mapToInt(Preference::depth).min().orElseThrow();
                return copies.stream().filter(s -> depth(s) == depth).toList();
            }
        },
        FIRST_BY_PATH("first-by-path") {
            @Override
            List<SourceFile> keep(List<SourceFile> copies, String packagePath) {
                return copies.subList(0, 1);
            }
        };

        private static final Duration SAME_TIME = Duration.ofSeconds(2);

        /** Why this copy was graded, in the note's words: {@code engine.copy.<key>}. */
        private final Message why;

        Preference(String key) {
            this.why = Message.of("engine.copy." + key);
        }

        boolean prefers(SourceFile s, String packagePath) {
            return true;
        }

        /** The copies this preference keeps, in path order; all of them if it prefers none. */
        List<SourceFile> keep(List<SourceFile> copies, String packagePath) {
            List<SourceFile> preferred = copies.stream().filter(s -> prefers(s, packagePath)).toList();
            return preferred.isEmpty() ? copies : preferred;
        }

        private static boolean under(SourceFile s, String path) {
            return s.shownPath().equals(path) || s.shownPath().endsWith("/" + path);
        }

        private static int depth(SourceFile s) {
            return s.shownPath().split("/").length;
        }
    }

    /** The package a source file declares, or empty for the default package. */
    static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(COMMENTS.matcher(text).replaceAll(" "));
        return m.find() ? m.group(1) : "";
    }
}
