package grader.rubric;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

/**
 * One row of the rubric: a JUnit test that passes or fails as a whole, worth {@link #points()}.
 *
 * <pre>{@code
 * @Check(id = "1.1", points = 4, value = "returned squares are right (n = 10, and an n from 11 to 100 ...)")
 * void squaresAreRight(TaskEvidence evidence) { ... }
 * }</pre>
 *
 * <p>A failed check's {@link AssertionError} message is the student's feedback: write it with {@link Feedback}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
public @interface Check {

    /** The row's number within its task, e.g. {@code 1.3}. */
    String id();

    /** The row's text as the contract states it. */
    String value();

    /** What the row is worth; all or nothing. */
    int points();

    /** Whether students see this check only after the due date (its inputs must stay unknown). */
    boolean hidden() default false;
}
