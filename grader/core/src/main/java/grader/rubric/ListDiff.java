package grader.rubric;

import grader.text.Message;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/** The first difference between the list a student returned and the right one, in words. */
public final class ListDiff {

    private ListDiff() {}

    /**
     * @param label names position {@code i} (0-based) for the student, e.g. "the square of 3"
     * @return empty if the lists are equal
     */
    public static Optional<Message> firstDifference(List<Long> expected, List<Long> actual,
            IntFunction<Message> label) {
        if (actual == null) {
            return Optional.of(Message.of("rubric.common.diff.null"));
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!Objects.equals(expected.get(i), actual.get(i))) {
                // values as text: they are the student's numbers, not to be grouped or localised
                return Optional.of(Message.of("rubric.common.diff.value", "label", label.apply(i), "actual",
                        String.valueOf(actual.get(i)), "expected", String.valueOf(expected.get(i))));
            }
        }
        if (actual.size() != expected.size()) {
            return Optional.of(Message.of("rubric.common.diff.size", "actual", actual.size(), "expected",
                    expected.size()));
        }
        return Optional.empty();
    }

    /** A list, shortened to its first items when long. */
    public static Message shorten(List<?> list) {
        if (list == null) {
            return Message.of("rubric.common.list", "list", "null");
        }
        if (list.size() <= 12) {
            return Message.of("rubric.common.list", "list", list.toString());
        }
        String head = list.subList(0, 12).toString();
        return Message.of("rubric.common.list-shortened", "head", head.substring(0, head.length() - 1), "count",
                list.size());
    }
}
