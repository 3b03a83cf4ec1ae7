package grader.probe.calls.squares;

import grader.probe.calls.CallArguments;
import grader.probe.calls.StudentCall;

/** Task 1's call: {@code SquaresAndCubes.compute(n)}. */
public record SquaresArguments(int n) implements CallArguments {
    @Override
    public StudentCall call() {
        return new SquaresCall(n);
    }
}
