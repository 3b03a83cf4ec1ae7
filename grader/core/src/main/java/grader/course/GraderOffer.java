package grader.course;

import grader.rubric.RubricCatalog;
import grader.rubric.Task;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The {@link Offer} of this grader: every assignment it has, with the rows of its rubric. */
public final class GraderOffer {

    private GraderOffer() {}

    public static Offer ofThisGrader() {
        Map<Integer, List<grader.rubric.RubricRow>> rows = new LinkedHashMap<>();
        Stream.of(Task.values()).forEach(t -> rows.put(t.number(), RubricCatalog.rows(t)));
        return new Offer(rows);
    }
}
