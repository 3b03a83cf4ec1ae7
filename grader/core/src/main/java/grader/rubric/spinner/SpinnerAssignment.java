package grader.rubric.spinner;

import grader.rubric.Assignment;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import java.util.List;

/** Task 5 of the contract (course kit): a spinner thread prints frames while the caller runs slow work. */
public final class SpinnerAssignment implements Assignment {

    static final int NUMBER = 5;

    private final SpinnerPlan plan = new SpinnerPlan();

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public List<String> classNames() {
        return List.of("homework.spinner.Spinner");
    }

    @Override
    public Class<?> rubric() {
        return SpinnerRubric.class;
    }

    @Override
    public List<PlannedCall> calls(Parameters parameters) {
        return plan.calls(parameters);
    }
}
