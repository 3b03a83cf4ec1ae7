package grader.rubric;

import grader.text.Localized;
import java.util.List;
import java.util.Optional;

/**
 * One assignment of the course kit, as a plug-in: the classes a submission provides, the calls its checks need,
 * and the rubric that judges them. The engine, the reports, the gradebook, the template and the integrations know
 * an assignment only through this interface; everything else about it lives in its own package
 * ({@code grader.rubric.<id>} here, {@code grader.probe.calls.<id>} in the student's JVM) and its own message
 * catalogs ({@code grader/rubric/<id>/messages_<language>.properties}). {@link Assignments} finds them.
 *
 * <p>See {@code docs/adding-an-assignment.md}.
 */
public interface Assignment {

    /** Its section in the contract, which numbers its rows ({@code 6} has rows {@code 6.1}...). */
    int number();

    /** Its title in every language: {@code task.title.<number>} of its catalog. */
    default Localized title() {
        return Localized.of("task.title." + number());
    }

    /** The classes a submission must provide for it, by binary name. */
    List<String> classNames();

    /** The {@link Rubric} class whose {@link Check} methods grade it. */
    Class<?> rubric();

    /**
     * The class of its hidden parts, named after its rubric ({@code SquaresRubric}: {@code SquaresHiddenRubric}),
     * unless it was left out (the student template).
     */
    default Optional<Class<?>> hiddenRubric() {
        Class<?> rubric = rubric();
        String name = rubric.getPackageName() + "." + rubric.getSimpleName().replace("Rubric", "HiddenRubric");
        try {
            return Optional.of(Class.forName(name, false, rubric.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The rubric class and, unless it was left out, the hidden rubric class. */
    default List<Class<?>> rubricClasses() {
        return hiddenRubric().<List<Class<?>>>map(h -> List.of(rubric(), h)).orElse(List.of(rubric()));
    }

    /** The runs of student code its checks need, for one run's parameters (its inputs drawn from their seed). */
    List<PlannedCall> calls(Parameters parameters);

    /** What its calls need in the student's JVM besides the probe and the student's classes. */
    default StudentJvmNeeds studentJvm() {
        return StudentJvmNeeds.NONE;
    }
}
