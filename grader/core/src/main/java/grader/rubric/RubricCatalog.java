package grader.rubric;

import grader.report.CheckResult;
import grader.text.Localized;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rows of a task's rubric, read from the {@link Check} methods of its rubric class and, when it is there, of
 * its hidden rubric class ({@link HiddenPart}s make the row they belong to hidden), in the order of their ids.
 */
public final class RubricCatalog {

    private RubricCatalog() {}

    public static List<RubricRow> rows(Assignment task) {
        Set<String> withHiddenParts = methods(task).map(m -> m.getAnnotation(HiddenPart.class))
                .filter(Objects::nonNull).map(HiddenPart::row).collect(Collectors.toSet());
        return methods(task).map(RubricCatalog::of).filter(Objects::nonNull)
                .map(c -> new RubricRow(c.id(), c.value(), c.points(), c.hidden() || withHiddenParts.contains(c.id())))
                .sorted(Comparator.comparing(RubricRow::id))
                .toList();
    }

    /**
     * The ids of the rows a student's own grading has, in order: the checks of the visible rubric class (the
     * student template leaves the hidden classes, and so the wholly hidden rows, out).
     */
    public static List<String> visibleRowIds(Assignment task) {
        return Arrays.stream(task.rubric().getDeclaredMethods()).map(RubricCatalog::of).filter(Objects::nonNull)
                .map(Check::id).sorted().toList();
    }

    /** The check a rubric method carries, or null. */
    public static Check of(Method method) {
        return method.getAnnotation(Check.class);
    }

    /** The row a rubric method judges, whole or in part, or null for a method that is no check. */
    static String rowOf(Method method) {
        Check check = method.getAnnotation(Check.class);
        HiddenPart part = method.getAnnotation(HiddenPart.class);
        return check != null ? check.id() : part != null ? part.row() : null;
    }

    /** Every row of {@code task} failed with the same feedback: for a task that is missing or does not compile. */
    public static List<CheckResult> allFailed(Assignment task, Localized feedback) {
        return rows(task).stream()
                .map(r -> new CheckResult(r.id(), r.text(), 0, r.points(), r.hidden(), feedback))
                .toList();
    }

    private static Stream<Method> methods(Assignment task) {
        return task.rubricClasses().stream().flatMap(c -> Arrays.stream(c.getDeclaredMethods()));
    }
}
