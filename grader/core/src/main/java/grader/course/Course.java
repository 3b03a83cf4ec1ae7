package grader.course;

import grader.rubric.Assignments;
import grader.score.Points;
import grader.text.Language;
import java.util.List;
import java.util.Optional;

/**
 * What a course grades: its assignments in order, each with its weight and its hidden rows; its pass mark; its
 * language. Read from {@code course.yaml} by {@link CourseFile}; without one, {@link #byDefault(Offer)}.
 *
 * @param tasks the assignments, in the order the course gives them (and every report shows them)
 * @param pass the pass mark in points of the total, if the course has one
 * @param language the feedback's language when the command line gives none, if the course says
 */
public record Course(List<CourseTask> tasks, Optional<Points> pass, Optional<Language> language) {

    public Course {
        tasks = List.copyOf(tasks);
    }

    /**
     * The course without a course file: the four original tasks, each worth its rubric's points (so 100 in all and
     * every row as it always was), the hidden rows their rubrics hide, no pass mark, no language.
     */
    public static Course byDefault(Offer offer) {
        return new Course(Assignments.DEFAULT_HOMEWORK.stream()
                .map(n -> new CourseTask(n, offer.rubricPoints(n), List.of(), List.of())).toList(),
                Optional.empty(), Optional.empty());
    }

    /** The sum of the weights. */
    public Points total() {
        return tasks.stream().map(CourseTask::weight).reduce(Points.ZERO, Points::plus);
    }

    public List<Integer> numbers() {
        return tasks.stream().map(CourseTask::number).toList();
    }

    public Optional<CourseTask> task(int number) {
        return tasks.stream().filter(t -> t.number() == number).findFirst();
    }
}
