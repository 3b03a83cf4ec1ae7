package grader.course;

import static org.assertj.core.api.Assertions.assertThat;

import grader.rubric.RubricRow;
import grader.score.Points;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RowWeightsTest {

    /** Task 1's rubric: 4, 4, 6, 6, 3, 2 = 25. */
    private static final List<RubricRow> SQUARES = List.of(row("1.1", 4), row("1.2", 4), row("1.3", 6),
            row("1.4", 6), row("1.5", 3), row("1.6", 2));

    @Test
    void aTaskWorthItsRubricKeepsEveryRowsPoints() {
        assertThat(RowWeights.scale(SQUARES, Points.of(25))).containsExactly(Map.entry("1.1", Points.of(4)),
                Map.entry("1.2", Points.of(4)), Map.entry("1.3", Points.of(6)), Map.entry("1.4", Points.of(6)),
                Map.entry("1.5", Points.of(3)), Map.entry("1.6", Points.of(2)));
    }

    @Test
    void aWeightScalesEveryRowByTheSameFactor() {
        assertThat(RowWeights.scale(SQUARES, Points.of(10)).values()).extracting(Points::toString)
                .containsExactly("1.6", "1.6", "2.4", "2.4", "1.2", "0.8");
        assertThat(RowWeights.scale(SQUARES, Points.of(50)).values()).extracting(Points::toString)
                .containsExactly("8", "8", "12", "12", "6", "4");
    }

    @Test
    void theHundredthsRoundingLosesGoToTheRowsThatLostMostEarlierRowsFirst() {
        List<RubricRow> three = List.of(row("5.1", 1), row("5.2", 1), row("5.3", 1));

        assertThat(RowWeights.scale(three, Points.of(10)).values()).extracting(Points::toString)
                .containsExactly("3.34", "3.33", "3.33");
        // 7 × 4/25 = 1.12, 7 × 6/25 = 1.68, 7 × 3/25 = 0.84, 7 × 2/25 = 0.56: exact, nothing to hand out
        assertThat(RowWeights.scale(SQUARES, Points.of(7)).values()).extracting(Points::toString)
                .containsExactly("1.12", "1.12", "1.68", "1.68", "0.84", "0.56");
        // 0.07 × 4/25 = 0.0112 ...: the 7 hundredths go to the six rows by what they lost, the sixes first
        assertThat(RowWeights.scale(SQUARES, new Points(7)).values()).extracting(Points::hundredths)
                .containsExactly(1L, 1L, 2L, 2L, 1L, 0L);
    }

    @Test
    void theRowsAlwaysAddUpToExactlyTheWeight() {
        IntStream.rangeClosed(1, 5000).forEach(hundredths -> assertThat(RowWeights.scale(SQUARES,
                new Points(hundredths)).values().stream().mapToLong(Points::hundredths).sum()).isEqualTo(hundredths));
    }

    @Test
    void pointsPrintWholeAsWholeAndOtherwiseWithAPoint() {
        assertThat(Points.of(25)).hasToString("25");
        assertThat(new Points(1250)).hasToString("12.5");
        assertThat(new Points(417)).hasToString("4.17");
        assertThat(Points.ZERO).hasToString("0");
    }

    private static RubricRow row(String id, int points) {
        return new RubricRow(id, id, points, false);
    }
}
