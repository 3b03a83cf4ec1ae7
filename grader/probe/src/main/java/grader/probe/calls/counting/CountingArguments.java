package grader.probe.calls.counting;

import grader.probe.calls.CallArguments;
import grader.probe.calls.StudentCall;
import java.time.Duration;

/** Task 2's call: {@code DelayedCounting.run(threads, delay)}. */
public record CountingArguments(int threads, Duration delay) implements CallArguments {
    @Override
    public StudentCall call() {
        return new CountingCall(threads, delay);
    }
}
