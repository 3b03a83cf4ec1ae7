package grader.probe.calls.squares;

import grader.probe.evidence.ReturnedValue;
import java.util.ArrayList;
import java.util.List;

/** Task 1: the two lists of {@code SquaresAndCubes.Result}; a list may be null, an item may be null. */
public record ReturnedSquares(List<Long> squares, List<Long> cubes) implements ReturnedValue {
    public ReturnedSquares {
        squares = squares == null ? null : new ArrayList<>(squares);
        cubes = cubes == null ? null : new ArrayList<>(cubes);
    }
}
