package grader.probe.calls.factorial;

import grader.probe.calls.CallArguments;
import grader.probe.calls.StudentCall;

/** Task 4's call: {@code ProcessFactorials.compute(max)}. */
public record FactorialArguments(int max) implements CallArguments {
    @Override
    public StudentCall call() {
        return new FactorialCall(max);
    }
}
