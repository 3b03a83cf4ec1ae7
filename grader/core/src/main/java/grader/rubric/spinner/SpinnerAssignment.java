package grader.rubric.spinner;

import grader.rubric.PlannedAssignment;
import java.util.List;

/** Task 5 of the contract (course kit): a spinner thread prints frames while the caller runs slow work. */
public final class SpinnerAssignment extends PlannedAssignment {

    static final int NUMBER = 5;

    public SpinnerAssignment() {
        super(NUMBER, List.of("homework.spinner.Spinner"), SpinnerRubric.class, new SpinnerPlan()::calls);
    }
}
