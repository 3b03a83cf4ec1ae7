package grader.probe.calls.squares;

import grader.probe.calls.Reflect;
import grader.probe.calls.StudentCall;

import grader.probe.evidence.ReturnedValue;
import java.lang.reflect.Method;
import java.util.function.Function;

/** Task 1: {@code SquaresAndCubes.compute(n)}. */
public final class SquaresCall implements StudentCall {

    private final int n;
    private Method compute;

    SquaresCall(int n) {
        this.n = n;
    }

    @Override
    public String describe() {
        return "SquaresAndCubes.compute(" + n + ")";
    }

    @Override
    public void prepare() throws ReflectiveOperationException {
        compute = Reflect.staticMethod("homework.squares.SquaresAndCubes", "compute", int.class);
    }

    @Override
    public Object invoke() throws Throwable {
        return Reflect.invoke(compute, n);
    }

    @Override
    public ReturnedValue read(Object returned, long startNanos, long deadlineNanos) {
        if (returned == null) {
            return new ReturnedSquares(null, null);
        }
        try {
            return new ReturnedSquares(Reflect.longs(Reflect.accessor(returned, "squares")),
                    Reflect.longs(Reflect.accessor(returned, "cubes")));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return new ReturnedSquares(null, null);
        }
    }

    @Override
    public Function<String, String> lineKinds() {
        return SquaresLines::kindOf;
    }
}
