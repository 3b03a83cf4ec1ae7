package grader.course;

import grader.score.Points;
import java.util.List;

/**
 * One assignment of a course.
 *
 * @param number its section number in the contract
 * @param weight what it is worth in the course's total: its rows are scaled to add up to this ({@link RowWeights})
 * @param hidden rows graded only by the instructor: judged in the course's own grading and shown to students after
 *     the due date, left out of the student template (whose maximum follows)
 * @param leftOut rows not graded at all, and not counted in the maximum: what the student template's course file
 *     says of the course's hidden rows
 */
public record CourseTask(int number, Points weight, List<String> hidden, List<String> leftOut) {

    public CourseTask {
        hidden = List.copyOf(hidden);
        leftOut = List.copyOf(leftOut);
    }

    /** Whether the course leaves row {@code id} out of this grading. */
    public boolean leavesOut(String id) {
        return leftOut.contains(id);
    }
}
