package grader.probe.calls.factorial;

import grader.probe.calls.Reflect;
import grader.probe.calls.StudentCall;

import grader.probe.evidence.ReturnedValue;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/** Task 4: {@code ProcessFactorials.compute(max)}. */
public final class FactorialCall implements StudentCall {

    private final int max;
    private Method compute;

    FactorialCall(int max) {
        this.max = max;
    }

    @Override
    public String describe() {
        return "ProcessFactorials.compute(" + max + ")";
    }

    @Override
    public void prepare() throws ReflectiveOperationException {
        compute = Reflect.staticMethod("homework.factorial.ProcessFactorials", "compute", int.class);
    }

    @Override
    public Object invoke() throws Throwable {
        return Reflect.invoke(compute, max);
    }

    @Override
    public ReturnedValue read(Object returned, long startNanos, long deadlineNanos) {
        Map<Integer, BigInteger> copy = new HashMap<>();
        int nulls = 0;
        if (returned instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : new HashMap<>(map).entrySet()) {
                if (e.getKey() instanceof Integer n && e.getValue() instanceof BigInteger f) {
                    copy.put(n, f);
                } else {
                    nulls++;
                }
            }
        }
        return new ReturnedFactorials(copy, returned == null ? -1 : nulls);
    }
}
