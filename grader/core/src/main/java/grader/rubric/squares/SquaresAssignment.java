package grader.rubric.squares;

import grader.rubric.Assignment;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import java.util.List;

/** Task 1 of the contract: squares and cubes in two threads. */
public final class SquaresAssignment implements Assignment {

    private final SquaresPlan plan = new SquaresPlan();

    @Override
    public int number() {
        return 1;
    }

    @Override
    public List<String> classNames() {
        return List.of("homework.squares.SquaresAndCubes");
    }

    @Override
    public Class<?> rubric() {
        return SquaresRubric.class;
    }

    @Override
    public List<PlannedCall> calls(Parameters parameters) {
        return plan.calls(parameters);
    }
}
