package grader.batch;

import grader.report.GradeReport;

/**
 * What a batch reports while it runs. Events come in this order: {@link #started} once, then for each submission
 * {@link #gradingStarted} and later {@link #gradingFinished} (several submissions may be under way at once, from
 * several threads), then {@link #finished} once.
 */
public interface Progress {

    /** The batch begins with {@code total} submissions, of which {@code cached} need no grading. */
    default void started(int total, int cached) {}

    default void gradingStarted(String submission) {}

    /**
     * @param fromCache whether the result was reused from an earlier run (same content, same grader)
     */
    default void gradingFinished(GradeReport report, boolean fromCache) {}

    default void finished(double seconds) {}
}
