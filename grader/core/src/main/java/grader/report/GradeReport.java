package grader.report;

import grader.score.Points;
import grader.text.Localized;
import java.util.List;
import java.util.Optional;

/**
 * The result of grading one submission.
 *
 * @param submission its name
 * @param seed the seed of the run's random inputs ({@code --seed} replays it)
 * @param sandbox which isolation mode ran the student's code, in every language
 * @param tasks every task, in order
 * @param notes what the student should know about the submission as a whole
 * @param seconds how long grading took
 * @param passMark the course's pass mark (or the command line's {@code --fail-under}), or null for none: a
 *     record field that JSON ({@code grade.json}) writes and reads as it is
 */
public record GradeReport(String submission, long seed, Localized sandbox, List<TaskResult> tasks,
        List<Localized> notes,
        double seconds, Points passMark) {

    public GradeReport {
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
    }

    /** A report of a course without a pass mark. */
    public GradeReport(String submission, long seed, Localized sandbox, List<TaskResult> tasks,
            List<Localized> notes, double seconds) {
        this(submission, seed, sandbox, tasks, notes, seconds, null);
    }

    /** The same report judged against {@code mark} (the command line's pass mark wins over the course's). */
    public GradeReport withPassMark(Points mark) {
        return new GradeReport(submission, seed, sandbox, tasks, notes, seconds, mark);
    }

    public Optional<Points> pass() {
        return Optional.ofNullable(passMark);
    }

    /** Whether the score reaches the pass mark; empty without one. */
    public Optional<Boolean> passed() {
        return pass().map(mark -> !score().isBelow(mark));
    }

    public Points score() {
        return tasks.stream().map(TaskResult::score).reduce(Points.ZERO, Points::plus);
    }

    public Points maxScore() {
        return tasks.stream().map(TaskResult::maxScore).reduce(Points.ZERO, Points::plus);
    }

    /**
     * The gradebook status: {@code graded} when every task could be graded and no call ran out of time, else the
     * problems joined by {@code ;}, in the order {@code invalid}, {@code missing}, {@code compile-error},
     * {@code timeout}.
     */
    public String status() {
        java.util.Set<String> problems = new java.util.LinkedHashSet<>();
        for (TaskStatus s : List.of(TaskStatus.INVALID, TaskStatus.MISSING, TaskStatus.COMPILE_ERROR)) {
            if (tasks.stream().anyMatch(t -> t.status() == s)) {
                problems.add(s.label());
            }
        }
        if (tasks.stream().anyMatch(TaskResult::timedOut)) {
            problems.add("timeout");
        }
        return problems.isEmpty() ? "graded" : String.join(";", problems);
    }

    /** The score of task {@code number}. */
    public Points scoreOf(int number) {
        return tasks.stream().filter(t -> t.number() == number).map(TaskResult::score).reduce(Points.ZERO,
                Points::plus);
    }
}
