package grader.course;

import grader.rubric.RubricRow;
import grader.score.Points;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The assignments this grader can grade, as a course file needs to know them: each one's number and the rows of its
 * rubric with their points (to check the file's row ids and to weigh the rows).
 *
 * @param rows every assignment's rubric rows, by its number
 */
public record Offer(Map<Integer, List<RubricRow>> rows) {

    public Offer {
        TreeMap<Integer, List<RubricRow>> copy = new TreeMap<>();
        rows.forEach((number, list) -> copy.put(number, List.copyOf(list)));
        rows = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<List<RubricRow>> rowsOf(int task) {
        return Optional.ofNullable(rows.get(task));
    }

    /** The points of an assignment's whole rubric: its weight when the course gives none. */
    public Points rubricPoints(int task) {
        return Points.of(rowsOf(task).orElseThrow().stream().mapToLong(RubricRow::points).sum());
    }
}
