package grader.report;

import grader.score.Points;
import grader.text.Localized;

/**
 * The verdict on one rubric row.
 *
 * @param id the row's number, e.g. {@code 1.3}
 * @param title the row's text as in the contract, in every language
 * @param points the points earned: all or nothing
 * @param maxPoints what the row is worth in the course (its rubric points scaled by its task's weight)
 * @param hidden whether students see it only after the due date
 * @param feedback why points were lost, in every language ({@link Localized#NONE} when earned)
 */
public record CheckResult(String id, Localized title, Points points, Points maxPoints, boolean hidden,
        Localized feedback) {

    /** A row worth whole points: what a rubric row is before a course weighs it. */
    public CheckResult(String id, Localized title, int points, int maxPoints, boolean hidden, Localized feedback) {
        this(id, title, Points.of(points), Points.of(maxPoints), hidden, feedback);
    }

    public boolean passed() {
        return points.equals(maxPoints);
    }
}
