package grader.rubric;

import grader.report.CheckResult;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The rows of a task's rubric, read from its {@link Check} methods, in the order of their ids. */
public final class RubricCatalog {

    private RubricCatalog() {}

    public static List<Check> checks(Task task) {
        return Arrays.stream(task.rubric().getDeclaredMethods())
                .map(m -> m.getAnnotation(Check.class))
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(Check::id))
                .toList();
    }

    /** The check a rubric method carries. */
    public static Check of(Method method) {
        return method.getAnnotation(Check.class);
    }

    /** Every row of {@code task} failed with the same feedback: for a task that is missing or does not compile. */
    public static List<CheckResult> allFailed(Task task, String feedback) {
        return checks(task).stream()
                .map(c -> new CheckResult(c.id(), c.value(), 0, c.points(), c.hidden(), feedback))
                .toList();
    }
}
