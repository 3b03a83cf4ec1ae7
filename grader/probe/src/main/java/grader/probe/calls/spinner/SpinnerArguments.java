package grader.probe.calls.spinner;

import grader.probe.calls.CallArguments;
import grader.probe.calls.StudentCall;
import java.time.Duration;

/**
 * Task 5's call, {@code Spinner.withSpinner(work, frameInterval)}: the grader's work sleeps {@code work} and then
 * returns its result, or throws when {@code workFails}.
 *
 * @param frameInterval the interval handed to the student's code, whole milliseconds
 * @param work how long the grader's work takes
 * @param workFails whether the work throws {@link WorkFailedException} instead of returning
 */
public record SpinnerArguments(Duration frameInterval, Duration work, boolean workFails) implements CallArguments {

    @Override
    public StudentCall call() {
        return new SpinnerCall(this);
    }
}
