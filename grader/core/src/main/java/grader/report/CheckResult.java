package grader.report;

import grader.text.Localized;

/**
 * The verdict on one rubric row.
 *
 * @param id the row's number, e.g. {@code 1.3}
 * @param title the row's text as in the contract, in every language
 * @param points the points earned: all or nothing
 * @param maxPoints what the row is worth
 * @param hidden whether students see it only after the due date
 * @param feedback why points were lost, in every language ({@link Localized#NONE} when earned)
 */
public record CheckResult(String id, Localized title, int points, int maxPoints, boolean hidden,
        Localized feedback) {

    public boolean passed() {
        return points == maxPoints;
    }
}
