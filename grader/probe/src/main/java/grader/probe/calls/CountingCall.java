package grader.probe.calls;

import grader.probe.evidence.ReturnedValue;
import java.lang.reflect.Method;
import java.time.Duration;

/** Task 2: {@code DelayedCounting.run(threads, delay)}. */
final class CountingCall implements StudentCall {

    private final int threads;
    private final Duration delay;
    private Method run;

    CountingCall(CallSpec spec) {
        this.threads = spec.integer("threads");
        this.delay = Duration.ofMillis(spec.integer("delayMs"));
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
