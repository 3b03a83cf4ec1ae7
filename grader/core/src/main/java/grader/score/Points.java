package grader.score;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * A number of points, in hundredths: a weight that does not divide a task's rubric evenly makes fractional row
 * points, and hundredths keep every sum exact (no floating point drifts a total to 99.99999).
 *
 * @param hundredths the points times 100
 */
public record Points(long hundredths) implements Comparable<Points> {

    public static final Points ZERO = new Points(0);

    public static Points of(long whole) {
        return new Points(Math.multiplyExact(whole, 100));
    }

    /** {@code value} exactly, or empty when it has more than two decimals. */
    public static java.util.Optional<Points> exactly(BigDecimal value) {
        try {
            return java.util.Optional.of(new Points(value.movePointRight(2).longValueExact()));
        } catch (ArithmeticException e) {
            return java.util.Optional.empty();
        }
    }

    /** From JSON (a batch's {@code grade.json}), where points are written as the number they print as. */
    @JsonCreator
    static Points fromJson(BigDecimal value) {
        return exactly(value).orElseThrow(() -> new IllegalArgumentException("not a number of hundredths: " + value));
    }

    public Points plus(Points other) {
        return new Points(Math.addExact(hundredths, other.hundredths));
    }

    public Points minus(Points other) {
        return new Points(Math.subtractExact(hundredths, other.hundredths));
    }

    public boolean isWhole() {
        return hundredths % 100 == 0;
    }

    /** The points as a JSON number: {@code 25}, {@code 12.5}, as Gradescope and Classroom read scores. */
    @JsonValue
    public BigDecimal toBigDecimal() {
        BigDecimal value = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
        // 2500 hundredths strip to 2.5E+1; a scale of 0 prints it as 25
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * As every output prints it: {@code 25} for whole points (so the default course prints what it always did),
     * else {@code 12.5} or {@code 4.17}, with a point in every language (the gradebook and JSON read it too).
     */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }

    public boolean isBelow(Points other) {
        return compareTo(other) < 0;
    }

    /** For averages and charts only; sums stay in hundredths. */
    public double toDouble() {
        return hundredths / 100.0;
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(hundredths, other.hundredths);
    }
}
