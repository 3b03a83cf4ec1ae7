package grader.rubric;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

/**
 * A further condition of a visible rubric row, judged on inputs students must not know in advance (the "n you
 * cannot guess"). It lives in the task's hidden rubric class ({@code ...HiddenRubric}), which the student template
 * leaves out: there the row is judged on its visible part alone and is worth the same points; in the course's own
 * grading the row passes only when this part passes too, and is shown to students only after the due date.
 *
 * <pre>{@code
 * @HiddenPart(row = "1.1")
 * void squaresAreRightForAnUnguessableN(TaskEvidence evidence) { ... }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
public @interface HiddenPart {

    /** The id of the visible row this part belongs to, e.g. {@code 1.1}. */
    String row();
}
