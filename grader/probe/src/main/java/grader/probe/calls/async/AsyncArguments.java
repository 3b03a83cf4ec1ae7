package grader.probe.calls.async;

import grader.probe.calls.CallArguments;
import grader.probe.calls.StudentCall;
import java.time.Duration;
import java.util.List;

/**
 * Task 3's call: {@code AsyncSquares.squares(numbers, delay)}.
 *
 * @param numbers the list to pass, unless {@code count} is positive
 * @param count when positive, the list is 1..count (too long to carry or to show)
 */
public record AsyncArguments(List<Integer> numbers, int count, Duration delay) implements CallArguments {

    public AsyncArguments {
        numbers = List.copyOf(numbers);
    }

    public static AsyncArguments listed(List<Integer> numbers, Duration delay) {
        return new AsyncArguments(numbers, 0, delay);
    }

    public static AsyncArguments oneTo(int count, Duration delay) {
        return new AsyncArguments(List.of(), count, delay);
    }

    @Override
    public StudentCall call() {
        return new AsyncCall(this);
    }
}
