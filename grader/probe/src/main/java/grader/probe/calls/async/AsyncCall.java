package grader.probe.calls.async;

import grader.probe.calls.ProbeThrowables;
import grader.probe.calls.Reflect;
import grader.probe.calls.StudentCall;

import grader.probe.evidence.ReturnedValue;
import grader.probe.calls.async.ReturnedFuture.Completion;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Task 3: {@code AsyncSquares.squares(numbers, delay)}, and what became of the future it returned.
 *
 * <p>The numbers are either listed or a count ({@code 10000} gives 1..count), shown as such.
 */
public final class AsyncCall implements StudentCall {

    private final List<Integer> numbers;
    private final Duration delay;
    private final String shown;
    private final ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    private final AtomicLong completedAt = new AtomicLong(-1);
    private Method squares;
    private long threadsBefore;
    private boolean doneAtReturn;
    private long activeNanos = -1;

    AsyncCall(AsyncArguments arguments) {
        this.delay = arguments.delay();
        if (arguments.count() > 0) {
            this.numbers = java.util.stream.IntStream.rangeClosed(1, arguments.count()).boxed().toList();
            this.shown = "[1, 2, ..., " + arguments.count() + "]";
        } else {
            this.numbers = List.copyOf(arguments.numbers());
            this.shown = numbers.toString();
        }
    }

    @Override
    public String describe() {
        return "AsyncSquares.squares(" + shown + ", Duration.ofMillis(" + delay.toMillis() + "))";
    }

    /** Loads the JDK's asynchronous machinery first, so that its class loading is not charged to the student. */
    @Override
    public void prepare() throws ReflectiveOperationException {
        squares = Reflect.staticMethod("homework.async.AsyncSquares", "squares", List.class, Duration.class);
        if (threadBean.isThreadContentionMonitoringSupported()) {
            threadBean.setThreadContentionMonitoringEnabled(true);
        }
        CompletableFuture.supplyAsync(() -> 1, CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS))
                .thenCombine(CompletableFuture.completedFuture(2), Integer::sum)
                .thenCompose(CompletableFuture::completedFuture).join();
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> {})).join();
    }

    @Override
    public Object invoke() throws Throwable {
        threadsBefore = threadBean.getTotalStartedThreadCount();
        long id = Thread.currentThread().getId();
        long cpu = threadBean.getCurrentThreadCpuTime();
        long waited = waitedMillis(id);
        try {
            Object returned = Reflect.invoke(squares, numbers, delay);
            doneAtReturn = returned instanceof CompletableFuture<?> future && future.isDone();
            return returned;
        } finally {
            activeNanos = threadBean.getCurrentThreadCpuTime() - cpu + (waitedMillis(id) - waited) * 1_000_000;
        }
    }

    @Override
    public ReturnedValue read(Object returned, long startNanos, long deadlineNanos) {
        if (!(returned instanceof CompletableFuture<?> future)) {
            return new ReturnedFuture(doneAtReturn, activeNanos, Completion.NULL_FUTURE, null, -1, started(), null);
        }
        future.whenComplete((v, e) -> completedAt.compareAndSet(-1, System.nanoTime() - startNanos));
        try {
            Object value = future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            completedAt.compareAndSet(-1, System.nanoTime() - startNanos);
            return new ReturnedFuture(doneAtReturn, activeNanos, Completion.COMPLETED, Reflect.longs(value), completedAt.get(),
                    started(), null);
        } catch (TimeoutException e) {
            return new ReturnedFuture(doneAtReturn, activeNanos, Completion.NOT_COMPLETED, null, -1, started(), null);
        } catch (ExecutionException | CompletionException e) {
            return new ReturnedFuture(doneAtReturn, activeNanos, Completion.COMPLETED_EXCEPTIONALLY, null, completedAt.get(), started(),
                    ProbeThrowables.clean(e.getCause() == null ? e : e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ReturnedFuture(doneAtReturn, activeNanos, Completion.NOT_COMPLETED, null, -1, started(), null);
        } catch (RuntimeException e) {
            return new ReturnedFuture(doneAtReturn, activeNanos, Completion.COMPLETED_EXCEPTIONALLY, null, completedAt.get(), started(),
                    ProbeThrowables.clean(e));
        }
    }

    /** Milliseconds the thread spent blocked or waiting (sleep, join, get, park) so far. */
    private long waitedMillis(long threadId) {
        var info = threadBean.getThreadInfo(threadId);
        return info.getBlockedTime() + info.getWaitedTime();
    }

    private long started() {
        return threadBean.getTotalStartedThreadCount() - threadsBefore;
    }
}
