package grader.probe.calls.counting;

import grader.probe.calls.Reflect;
import grader.probe.calls.StudentCall;

import grader.probe.evidence.ReturnedValue;
import java.lang.reflect.Method;
import java.time.Duration;

/** Task 2: {@code DelayedCounting.run(threads, delay)}. */
public final class CountingCall implements StudentCall {

    private final int threads;
    private final Duration delay;
    private Method run;

    CountingCall(int threads, Duration delay) {
        this.threads = threads;
        this.delay = delay;
    }

    @Override
    public String describe() {
        return "DelayedCounting.run(" + threads + ", Duration.ofMillis(" + delay.toMillis() + "))";
    }

    @Override
    public void prepare() throws ReflectiveOperationException {
        run = Reflect.staticMethod("homework.counting.DelayedCounting", "run", int.class, Duration.class);
    }

    @Override
    public Object invoke() throws Throwable {
        return Reflect.invoke(run, threads, delay);
    }

    @Override
    public ReturnedValue read(Object returned, long startNanos, long deadlineNanos) {
        return null;
    }
}
