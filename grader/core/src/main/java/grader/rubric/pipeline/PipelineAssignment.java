package grader.rubric.pipeline;

import grader.rubric.Assignment;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import java.util.List;

/** Task 7 of the contract (course kit): a producer–consumer pipeline through the grader's bounded queue. */
public final class PipelineAssignment implements Assignment {

    private final PipelinePlan plan = new PipelinePlan();

    @Override
    public int number() {
        return 7;
    }

    @Override
    public List<String> classNames() {
        return List.of("homework.pipeline.Pipeline");
    }

    @Override
    public Class<?> rubric() {
        return PipelineRubric.class;
    }

    @Override
    public List<PlannedCall> calls(Parameters parameters) {
        return plan.calls(parameters);
    }
}
