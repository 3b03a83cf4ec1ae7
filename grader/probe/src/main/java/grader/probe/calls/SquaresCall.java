package grader.probe.calls;

import grader.probe.evidence.ReturnedValue;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Task 1: {@code SquaresAndCubes.compute(n)}. */
final class SquaresCall implements StudentCall {

    private final int n;
    private Method compute;

    SquaresCall(CallSpec spec) {
        this.n = spec.integer("n");
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
            return new ReturnedValue.Squares(null, null);
        }
        try {
            return new ReturnedValue.Squares(longs(Reflect.accessor(returned, "squares")),
                    longs(Reflect.accessor(returned, "cubes")));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return new ReturnedValue.Squares(null, null);
        }
    }

    @Override
    public Function<String, String> lineKinds() {
        return SquaresLines::kindOf;
    }

    static List<Long> longs(Object list) {
        if (!(list instanceof List<?> items)) {
            return null;
        }
        List<Long> copy = new ArrayList<>();
        for (Object item : new ArrayList<>(items)) {
            copy.add(item instanceof Number number ? number.longValue() : null);
        }
        return copy;
    }
}
