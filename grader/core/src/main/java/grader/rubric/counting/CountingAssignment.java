package grader.rubric.counting;

import grader.rubric.PlannedAssignment;
import java.util.List;

/** Task 2 of the contract: several threads counting with a delay. */
public final class CountingAssignment extends PlannedAssignment {

    public CountingAssignment() {
        super(2, List.of("homework.counting.DelayedCounting"), CountingRubric.class, new CountingPlan()::calls);
    }
}
