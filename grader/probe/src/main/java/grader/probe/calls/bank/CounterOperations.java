package grader.probe.calls.bank;

import java.lang.reflect.Method;
import org.jetbrains.lincheck.datastructures.Operation;

/** The model checker's view of the student's {@code Counter}: each operation delegates to it. */
public final class CounterOperations {

    private static final Class<?> TYPE = StudentMethods.type(StudentMethods.COUNTER);
    private static final Method INCREMENT = StudentMethods.method(TYPE, "increment");
    private static final Method GET = StudentMethods.method(TYPE, "get");

    private final Object counter;

    public CounterOperations() throws Throwable {
        counter = StudentMethods.construct(TYPE, new Class<?>[0]);
    }

    @Operation
    public void increment() throws Throwable {
        StudentMethods.invoke(INCREMENT, counter);
    }

    @Operation
    public long get() throws Throwable {
        return (long) StudentMethods.invoke(GET, counter);
    }
}
