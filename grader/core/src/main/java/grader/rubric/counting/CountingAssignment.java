package grader.rubric.counting;

import grader.rubric.Assignment;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import java.util.List;

/** Task 2 of the contract: several threads counting with a delay. */
public final class CountingAssignment implements Assignment {

    private final CountingPlan plan = new CountingPlan();

    @Override
    public int number() {
        return 2;
    }

    @Override
    public List<String> classNames() {
        return List.of("homework.counting.DelayedCounting");
    }

    @Override
    public Class<?> rubric() {
        return CountingRubric.class;
    }

    @Override
    public List<PlannedCall> calls(Parameters parameters) {
        return plan.calls(parameters);
    }
}
