package grader.rubric;

import grader.text.Localized;

/**
 * One row of a task's rubric as graded: a visible {@link Check}, a hidden one, or a visible one with
 * {@link HiddenPart}s.
 *
 * @param id its number, e.g. {@code 1.3}
 * @param title its text as in the contract (the {@link Check}'s value)
 * @param points what it is worth
 * @param hidden whether students see its verdict only after the due date (it is, or has, a hidden part)
 */
public record RubricRow(String id, String title, int points, boolean hidden) {

    /** Its text in every language: the catalog's {@code rubric.row.<id>}, the contract's words in each. */
    public Localized text() {
        return Localized.of("rubric.row." + id);
    }
}
