package grader.rubric.squares;

import grader.rubric.PlannedAssignment;
import java.util.List;

/** Task 1 of the contract: squares and cubes in two threads. */
public final class SquaresAssignment extends PlannedAssignment {

    public SquaresAssignment() {
        super(1, List.of("homework.squares.SquaresAndCubes"), SquaresRubric.class, new SquaresPlan()::calls);
    }
}
