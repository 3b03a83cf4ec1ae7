package grader.probe.calls.spinner;

import java.time.Duration;

/**
 * One call of {@code Spinner.withSpinner(work, frameInterval)}: the grader's work sleeps {@code work} and then
 * returns its result, or throws when {@code workFails}.
 *
 * @param frameInterval the interval handed to the student's code, whole milliseconds
 * @param work how long the grader's work takes
 * @param workFails whether the work throws {@link WorkFailedException} instead of returning
 */
public record SpinnerArguments(Duration frameInterval, Duration work, boolean workFails) {

    public SpinnerCall call() {
        return new SpinnerCall(this);
    }
}
