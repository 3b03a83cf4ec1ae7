package grader.probe.calls;

import grader.probe.capture.FirstLineHold;
import grader.probe.capture.Recorder;
import grader.probe.evidence.ReturnedValue;
import java.util.function.Function;

/** One task's way of calling the student's method and reading what it returned. */
public interface StudentCall {

    /** What is called, as a student would write it: {@code SquaresAndCubes.compute(10)}. */
    String describe();

    /** Loads what the call needs before the clock starts (the student's class, JDK classes it will use). */
    default void prepare() throws ReflectiveOperationException {}

    /** Makes the call on the current thread and returns what it returned. */
    Object invoke() throws Throwable;

    /**
     * Turns the returned object into evidence, waiting for it if it is a future.
     *
     * @param returned what {@link #invoke()} returned
     * @param startNanos when the call started
     * @param deadlineNanos when the call's time limit runs out
     */
    ReturnedValue read(Object returned, long startNanos, long deadlineNanos);

    /** How lines are classified for the first-line rendezvous, or null when this call holds no one. */
    default Function<String, String> lineKinds() {
        return null;
    }

    /** The hold to use for a call whose lines need no rendezvous. */
    default FirstLineHold noHold(Recorder recorder) {
        return FirstLineHold.NONE;
    }
}
