package grader.report;

import java.util.List;

/**
 * One task's verdicts.
 *
 * @param number the task's number
 * @param title its title
 * @param status whether it was graded, or why not
 * @param checks every rubric row, in order
 * @param messages what the student should know about the task as a whole (compiler errors, duplicate files)
 */
public record TaskResult(int number, String title, TaskStatus status, List<CheckResult> checks,
        List<String> messages) {

    public TaskResult {
        checks = List.copyOf(checks);
        messages = List.copyOf(messages);
    }

    public int score() {
        return checks.stream().mapToInt(CheckResult::points).sum();
    }

    public int maxScore() {
        return checks.stream().mapToInt(CheckResult::maxPoints).sum();
    }
}
