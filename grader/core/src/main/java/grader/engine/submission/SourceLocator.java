package grader.engine.submission;

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
 * <p>When a class is there more than once, the copy whose folders match its package
 * ({@code .../homework/squares/SquaresAndCubes.java}) wins, then the shallowest, then the first by path; the
 * feedback names the copies that were ignored.
 */
public final class SourceLocator {

    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    /** @param file the chosen copy, if any; @param note what the student should know (empty if nothing) */
    public record Found(Optional<SourceFile> file, String note) {}

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
            return new Found(Optional.empty(), "");
        }
        candidates.sort(Comparator.<SourceFile, Boolean>comparing(s -> !(s.shownPath().equals(packagePath)
                        || s.shownPath().endsWith("/" + packagePath)))
                .thenComparingInt(s -> s.shownPath().split("/").length)
                .thenComparing(SourceFile::shownPath));
        String note = candidates.size() == 1 ? "" : "found " + candidates.size() + " copies of " + fileName
                + " in package " + pkg + "; graded " + candidates.get(0).shownPath() + " and ignored "
                + String.join(", ", candidates.subList(1, candidates.size()).stream().map(SourceFile::shownPath)
                        .toList());
        return new Found(Optional.of(candidates.get(0)), note);
    }

    /** The package a source file declares, or empty for the default package. */
    static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(COMMENTS.matcher(text).replaceAll(" "));
        return m.find() ? m.group(1) : "";
    }
}
