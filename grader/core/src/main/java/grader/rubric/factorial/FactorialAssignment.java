package grader.rubric.factorial;

import grader.rubric.PlannedAssignment;
import java.util.List;

/** Task 4 of the contract: factorials in child processes. */
public final class FactorialAssignment extends PlannedAssignment {

    public FactorialAssignment() {
        super(4, List.of("homework.factorial.ProcessFactorials", "homework.factorial.FactorialWorker"), FactorialRubric.class, new FactorialPlan()::calls);
    }
}
