package grader.course;

import grader.rubric.Assignment;
import grader.rubric.Assignments;
import grader.rubric.RubricCatalog;
import grader.rubric.RubricRow;
import grader.score.Points;
import grader.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** A course of these assignments, each worth its rubric's points: what grading a list of them means. */
    public static Course of(List<Assignment> assignments) {
        return new Course(assignments.stream().map(a -> new CourseTask(a.number(), Points.of(RubricCatalog.rows(a)
                .stream().mapToLong(RubricRow::points).sum()), List.of(), List.of())).toList(), Optional.empty(),
                Optional.empty());
    }

    /** The course's assignments among those installed, in its order. */
    public List<Assignment> assignments(Assignments installed) {
        return tasks.stream().map(t -> installed.byNumber(t.number()).orElseThrow(
                () -> new IllegalStateException("assignment " + t.number() + " is not installed"))).toList();
    }

    /**
     * The most a submission can score: every weight, less the rows the course leaves out (what the reports show as
     * the maximum).
     */
    public Points maximum(Offer offer) {
        Points maximum = Points.ZERO;
        for (CourseTask task : tasks) {
            Map<String, Points> worth = RowWeights.scale(offer.rowsOf(task.number()).orElseThrow(), task.weight());
            maximum = maximum.plus(task.weight());
            for (String id : task.leftOut()) {
                maximum = maximum.minus(worth.get(id));
            }
        }
        return maximum;
    }

    /**
     * The course of the student template, which has only some rows of each rubric ({@code inTemplate}: those of
     * its visible rubric classes): each task worth what those rows are worth here, so that every row is worth the
     * same there; the rows this course hides left out there (the template's maximum follows); nothing hidden
     * (students see everything the template grades); the pass mark at most the template's maximum.
     *
     * @param offer the assignments of this grader, every row of their rubrics
     * @param inTemplate the ids of the rows the template's grader has, by task
     */
    public Course forTemplate(Offer offer, Function<Integer, List<String>> inTemplate) {
        List<CourseTask> template = new ArrayList<>();
        for (CourseTask task : tasks) {
            Map<String, Points> worth = RowWeights.scale(offer.rowsOf(task.number()).orElseThrow(), task.weight());
            List<String> there = inTemplate.apply(task.number());
            Points weight = there.stream().map(worth::get).reduce(Points.ZERO, Points::plus);
            List<String> leftOut = there.stream().filter(id -> task.hidden().contains(id)
                    || task.leftOut().contains(id)).toList();
            template.add(new CourseTask(task.number(), weight, List.of(), leftOut));
        }
        Course course = new Course(template, Optional.empty(), language);
        Offer templateOffer = new Offer(tasks.stream().collect(Collectors.toMap(CourseTask::number,
                t -> offer.rowsOf(t.number()).orElseThrow().stream()
                        .filter(r -> inTemplate.apply(t.number()).contains(r.id())).toList())));
        Points maximum = course.maximum(templateOffer);
        return new Course(template, pass.map(p -> p.compareTo(maximum) > 0 ? maximum : p), language);
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
