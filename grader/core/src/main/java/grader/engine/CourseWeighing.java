package grader.engine;

import grader.course.CourseTask;
import grader.course.RowWeights;
import grader.report.CheckResult;
import grader.report.TaskResult;
import grader.rubric.RubricRow;
import grader.score.Points;
import java.util.List;
import java.util.Map;

/**
 * A task's verdicts as its course counts them: each row worth its share of the task's weight (its rubric points
 * scaled, {@link RowWeights}), the rows the course leaves out dropped (so the maximum follows), and the rows it
 * hides marked hidden. The verdict on each row (passed or not, and why) is the rubric's, untouched.
 */
final class CourseWeighing {

    private CourseWeighing() {}

    /**
     * @param raw the rubric's verdicts, each row worth its rubric points
     * @param task what the course says of the task
     * @param rows every row of the task's rubric this grader has, the left-out ones included: the scale's base
     */
    static TaskResult weigh(TaskResult raw, CourseTask task, List<RubricRow> rows) {
        Map<String, Points> worth = RowWeights.scale(rows, task.weight());
        List<CheckResult> checks = raw.checks().stream().filter(c -> !task.leavesOut(c.id())).map(c -> {
            Points max = worth.get(c.id());
            if (max == null) {
                throw new IllegalStateException("row " + c.id() + " is not in the rubric " + rows);
            }
            return new CheckResult(c.id(), c.title(), c.passed() ? max : Points.ZERO, max,
                    c.hidden() || task.hidden().contains(c.id()), c.feedback());
        }).toList();
        return new TaskResult(raw.number(), raw.title(), raw.status(), checks, raw.messages(), raw.timedOut());
    }
}
