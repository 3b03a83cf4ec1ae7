/**
 * The rubric: what is graded, with how many points, and how each verdict is reached from the evidence.
 *
 * <p>One package per task ({@code squares}, {@code counting}, {@code async}, {@code factorial}), each with the
 * calls to make ({@code ...Plan}) and the checks that judge them ({@code ...Rubric}: JUnit Jupiter methods marked
 * {@link grader.rubric.Check} with the row's text and points, exactly as in {@code ASSIGNMENTS.md}). A check reads
 * {@link grader.rubric.TaskEvidence} only: it never runs student code. This is the place course staff read and
 * change.
 */
package grader.rubric;
