package grader.rubric.pipeline;

import grader.rubric.PlannedAssignment;
import java.util.List;

/** Task 7 of the contract (course kit): a producer–consumer pipeline through the grader's bounded queue. */
public final class PipelineAssignment extends PlannedAssignment {

    public PipelineAssignment() {
        super(7, List.of("homework.pipeline.Pipeline"), PipelineRubric.class, new PipelinePlan()::calls);
    }
}
