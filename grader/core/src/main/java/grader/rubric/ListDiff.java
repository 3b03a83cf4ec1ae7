package grader.rubric;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/** The first difference between the list a student returned and the right one, in words. */
public final class ListDiff {

    private ListDiff() {}

    /**
     * @param label names position {@code i} (0-based) for the student, e.g. {@code i -> "the square of " + (i + 1)}
     * @return empty if the lists are equal
     */
    public static Optional<String> firstDifference(List<Long> expected, List<Long> actual, IntFunction<String> label) {
        if (actual == null) {
            return Optional.of("it is null");
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!Objects.equals(expected.get(i), actual.get(i))) {
                return Optional.of(label.apply(i) + " is " + actual.get(i) + ", expected " + expected.get(i));
            }
        }
        if (actual.size() != expected.size()) {
            return Optional.of("it has " + actual.size() + " items, expected " + expected.size());
        }
        return Optional.empty();
    }

    /** A list, shortened to its first items when long. */
    public static String shorten(List<?> list) {
        if (list == null) {
            return "null";
        }
        return list.size() <= 12 ? list.toString()
                : list.subList(0, 12).toString().replace("]", ", ... (" + list.size() + " items)]");
    }
}
