package grader.rubric.async;

import grader.rubric.PlannedAssignment;
import java.util.List;

/** Task 3 of the contract: asynchronous squares that block no thread. */
public final class AsyncAssignment extends PlannedAssignment {

    public AsyncAssignment() {
        super(3, List.of("homework.async.AsyncSquares"), AsyncRubric.class, new AsyncPlan()::calls);
    }
}
