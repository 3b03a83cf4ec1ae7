package grader.course;

import grader.rubric.RubricRow;
import grader.score.Points;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each row of a task is worth when the task is worth {@code weight}: its rubric points scaled by the same
 * factor, in hundredths, so that the rows keep their relative points and add up to exactly the weight.
 *
 * <p>Each row first gets its scaled points rounded down to a hundredth; the hundredths still missing go one each
 * to the rows that lost the most by rounding, earlier rows first on a tie (Hamilton's largest-remainder method).
 * With the default weights (each task worth its rubric points) the factor is 1 and every row keeps its points.
 */
public final class RowWeights {

    private RowWeights() {}

    /** The points of every row of {@code rows} (in their order) when the rows together are worth {@code weight}. */
    public static Map<String, Points> scale(List<RubricRow> rows, Points weight) {
        long rubricPoints = rows.stream().mapToLong(RubricRow::points).sum();
        if (rubricPoints <= 0) {
            throw new IllegalArgumentException("a rubric of no points cannot be weighted: " + rows);
        }
        BigInteger total = BigInteger.valueOf(rubricPoints);
        long[] share = new long[rows.size()];
        long[] remainder = new long[rows.size()];
        long given = 0;
        for (int i = 0; i < rows.size(); i++) {
            BigInteger[] division = BigInteger.valueOf(weight.hundredths())
                    .multiply(BigInteger.valueOf(rows.get(i).points())).divideAndRemainder(total);
            share[i] = division[0].longValueExact();
            remainder[i] = division[1].longValueExact();
            given += share[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> -remainder[i]).thenComparingInt(i -> i));
        for (int k = 0; k < weight.hundredths() - given; k++) {
            share[order.get(k)]++;
        }
        Map<String, Points> points = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            points.put(rows.get(i).id(), new Points(share[i]));
        }
        return points;
    }
}
