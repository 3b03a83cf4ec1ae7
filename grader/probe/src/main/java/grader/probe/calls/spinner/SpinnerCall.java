package grader.probe.calls.spinner;

import grader.probe.calls.Reflect;
import grader.probe.calls.StudentCall;
import grader.probe.evidence.ReturnedValue;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Task 5: {@code Spinner.withSpinner(work, frameInterval)} with the grader's own work (see {@link GraderWork}).
 * The frames are the call's printed lines, which the probe's capture already records with their thread and time.
 */
public final class SpinnerCall implements StudentCall {

    /** Longest text of a wrong returned object kept for feedback. */
    private static final int SHOWN_CHARS = 200;

    private final SpinnerArguments arguments;
    private final GraderWork work;
    private Method withSpinner;

    SpinnerCall(SpinnerArguments arguments) {
        this.arguments = arguments;
        this.work = new GraderWork(arguments.work().toMillis(), arguments.workFails());
    }

    @Override
    public String describe() {
        return "Spinner.withSpinner(" + (arguments.workFails() ? "failingWork" : "work") + ", Duration.ofMillis("
                + arguments.frameInterval().toMillis() + "))";
    }

    @Override
    public void prepare() throws ReflectiveOperationException {
        withSpinner = Reflect.staticMethod("homework.spinner.Spinner", "withSpinner", Callable.class, Duration.class);
        new WorkFailedException().getStackTrace(); // loads the exception's class before the clock starts
    }

    @Override
    public Object invoke() throws Throwable {
        return Reflect.invoke(withSpinner, work, arguments.frameInterval());
    }

    @Override
    public ReturnedValue read(Object returned, long startNanos, long deadlineNanos) {
        return evidence(work, returned, startNanos);
    }

    /** What came back from a call with {@code work}: its run, and whether {@code returned} is its very result. */
    static SpinnerReturn evidence(GraderWork work, Object returned, long startNanos) {
        return new SpinnerReturn(work.run(startNanos), returned == work.result(), shown(returned));
    }

    /** {@code null}, or the object's class and text, shortened; what its {@code toString} threw if it did. */
    static String shown(Object returned) {
        if (returned == null) {
            return "null";
        }
        String text;
        try {
            text = String.valueOf(returned);
        } catch (RuntimeException e) {
            text = "(its toString() threw " + e.getClass().getName() + ")";
        }
        if (text.length() > SHOWN_CHARS) {
            text = text.substring(0, SHOWN_CHARS) + "...";
        }
        return returned.getClass().getName() + " " + text;
    }
}
