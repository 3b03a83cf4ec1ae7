package grader.rubric;

import java.util.List;

/** The runs of student code a task's checks need, for one run's parameters. */
@FunctionalInterface
public interface TaskPlan {
    List<PlannedCall> calls(Parameters parameters);
}
