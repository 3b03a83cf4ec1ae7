package grader.course;

import grader.rubric.Assignment;
import grader.rubric.Assignments;
import grader.rubric.RubricCatalog;
import grader.rubric.RubricRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@link Offer} of a set of assignments: each one's number and the rows of its rubric. */
public final class GraderOffer {

    private GraderOffer() {}

    /** Every assignment installed in this grader. */
    public static Offer ofThisGrader() {
        return of(Assignments.installed());
    }

    public static Offer of(Assignments assignments) {
        Map<Integer, List<RubricRow>> rows = new LinkedHashMap<>();
        for (Assignment assignment : assignments.all()) {
            rows.put(assignment.number(), RubricCatalog.rows(assignment));
        }
        return new Offer(rows);
    }
}
