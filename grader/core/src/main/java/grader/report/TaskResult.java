package grader.report;

import grader.score.Points;
import grader.text.Language;
import grader.text.Localized;
import java.util.List;

/**
 * One task's verdicts.
 *
 * @param number the task's number
 * @param title its title, in every language
 * @param status whether it was graded, or why not
 * @param checks every rubric row, in order
 * @param messages what the student should know about the task as a whole (compiler errors, duplicate files)
 * @param timedOut whether a call of the task ran out of time (the gradebook's {@code timeout} status)
 */
public record TaskResult(int number, Localized title, TaskStatus status, List<CheckResult> checks,
        List<Localized> messages, boolean timedOut) {

    public TaskResult {
        checks = List.copyOf(checks);
        messages = List.copyOf(messages);
    }

    public Points score() {
        return checks.stream().map(CheckResult::points).reduce(Points.ZERO, Points::plus);
    }

    public Points maxScore() {
        return checks.stream().map(CheckResult::maxPoints).reduce(Points.ZERO, Points::plus);
    }

    /**
     * The whole message of one of this task's checks, for a writer that shows each check on its own: the check's
     * {@code feedback} and, for a task that could not be graded, the task's messages (the compiler's errors); a
     * message that only repeats the feedback (a missing task's) is left out.
     *
     * @param feedback the check's feedback as the writer shows it, in {@code language}
     */
    public String messageWith(String feedback, Language language) {
        if (status == TaskStatus.GRADED) {
            return feedback;
        }
        StringBuilder all = new StringBuilder(feedback);
        messages.stream().map(m -> m.in(language)).filter(m -> !m.equals(feedback))
                .forEach(m -> all.append('\n').append(m));
        return all.toString();
    }
}
