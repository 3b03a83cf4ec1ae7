package grader.rubric;

import java.util.List;
import java.util.function.Function;

/**
 * An assignment told by its number, its classes, its rubric and its plan: what most assignments are, so that
 * each of them only names these ({@code super(1, List.of("homework.squares.SquaresAndCubes"), SquaresRubric.class,
 * new SquaresPlan()::calls)}) and overrides what it needs beyond them.
 */
public abstract class PlannedAssignment implements Assignment {

    private final int number;
    private final List<String> classNames;
    private final Class<?> rubric;
    private final Function<Parameters, List<PlannedCall>> plan;

    protected PlannedAssignment(int number, List<String> classNames, Class<?> rubric,
            Function<Parameters, List<PlannedCall>> plan) {
        this.number = number;
        this.classNames = List.copyOf(classNames);
        this.rubric = rubric;
        this.plan = plan;
    }

    @Override
    public final int number() {
        return number;
    }

    @Override
    public final List<String> classNames() {
        return classNames;
    }

    @Override
    public final Class<?> rubric() {
        return rubric;
    }

    @Override
    public final List<PlannedCall> calls(Parameters parameters) {
        return plan.apply(parameters);
    }
}
