package grader.rubric;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The assignments this grader knows: every {@link Assignment} registered in
 * {@code META-INF/services/grader.rubric.Assignment}, in the order of their numbers.
 *
 * @param all every assignment, by number
 */
public record Assignments(List<Assignment> all) {

    /** The homework when no course says otherwise: the module's four original tasks. */
    public static final List<Integer> DEFAULT_HOMEWORK = List.of(1, 2, 3, 4);

    public Assignments {
        all = all.stream().sorted(Comparator.comparingInt(Assignment::number)).toList();
        var numbers = all.stream().collect(Collectors.groupingBy(Assignment::number, Collectors.counting()));
        numbers.forEach((number, count) -> {
            if (count > 1) {
                throw new IllegalStateException("two assignments are numbered " + number);
            }
        });
    }

    /** Those registered on the class path of this class. */
    public static Assignments installed() {
        return new Assignments(ServiceLoader.load(Assignment.class, Assignment.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).map(Assignment.class::cast).toList());
    }

    public Optional<Assignment> byNumber(int number) {
        return all.stream().filter(a -> a.number() == number).findFirst();
    }

    /** The default homework: {@link #DEFAULT_HOMEWORK}. */
    public List<Assignment> defaultHomework() {
        return DEFAULT_HOMEWORK.stream().map(n -> byNumber(n).orElseThrow(
                () -> new IllegalStateException("assignment " + n + " is not installed"))).toList();
    }
}
