package grader.probe.calls.squares;

import java.util.regex.Pattern;

/** What kind of task 1 line a line is: a square line ({@code 3^2 = 9}), a cube line, or neither. */
public final class SquaresLines {

    public static final String SQUARE = "square";
    public static final String CUBE = "cube";

    private static final Pattern SQUARE_LINE = Pattern.compile("^\\s*-?\\d+\\s*\\^\\s*2\\b.*");
    private static final Pattern CUBE_LINE = Pattern.compile("^\\s*-?\\d+\\s*\\^\\s*3\\b.*");

    private SquaresLines() {}

    /** {@link #SQUARE}, {@link #CUBE}, or null: lenient, so a badly formatted line still counts as its kind. */
    public static String kindOf(String line) {
        return SQUARE_LINE.matcher(line).matches() ? SQUARE : CUBE_LINE.matcher(line).matches() ? CUBE : null;
    }
}
