package grader.rubric.async;

import grader.rubric.Assignment;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import java.util.List;

/** Task 3 of the contract: asynchronous squares that block no thread. */
public final class AsyncAssignment implements Assignment {

    private final AsyncPlan plan = new AsyncPlan();

    @Override
    public int number() {
        return 3;
    }

    @Override
    public List<String> classNames() {
        return List.of("homework.async.AsyncSquares");
    }

    @Override
    public Class<?> rubric() {
        return AsyncRubric.class;
    }

    @Override
    public List<PlannedCall> calls(Parameters parameters) {
        return plan.calls(parameters);
    }
}
