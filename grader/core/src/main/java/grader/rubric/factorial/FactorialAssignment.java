package grader.rubric.factorial;

import grader.rubric.Assignment;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import java.util.List;

/** Task 4 of the contract: factorials in child processes. */
public final class FactorialAssignment implements Assignment {

    private final FactorialPlan plan = new FactorialPlan();

    @Override
    public int number() {
        return 4;
    }

    @Override
    public List<String> classNames() {
        return List.of("homework.factorial.ProcessFactorials", "homework.factorial.FactorialWorker");
    }

    @Override
    public Class<?> rubric() {
        return FactorialRubric.class;
    }

    @Override
    public List<PlannedCall> calls(Parameters parameters) {
        return plan.calls(parameters);
    }
}
