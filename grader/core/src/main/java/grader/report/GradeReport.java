package grader.report;

import grader.text.Localized;
import java.util.List;

/**
 * The result of grading one submission.
 *
 * @param submission its name
 * @param seed the seed of the run's random inputs ({@code --seed} replays it)
 * @param sandbox which isolation mode ran the student's code, in every language
 * @param tasks every task, in order
 * @param notes what the student should know about the submission as a whole
 * @param seconds how long grading took
 */
public record GradeReport(String submission, long seed, Localized sandbox, List<TaskResult> tasks,
        List<Localized> notes,
        double seconds) {

    public GradeReport {
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
    }

    public int score() {
        return tasks.stream().mapToInt(TaskResult::score).sum();
    }

    public int maxScore() {
        return tasks.stream().mapToInt(TaskResult::maxScore).sum();
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
    public int scoreOf(int number) {
        return tasks.stream().filter(t -> t.number() == number).mapToInt(TaskResult::score).sum();
    }
}
