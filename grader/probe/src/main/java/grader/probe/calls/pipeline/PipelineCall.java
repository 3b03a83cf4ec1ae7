package grader.probe.calls.pipeline;

import grader.probe.calls.Reflect;
import grader.probe.calls.StudentCall;
import grader.probe.capture.Threads;
import grader.probe.evidence.ReturnedValue;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;

/**
 * Task 7: {@code Pipeline.run(batches, queue, consumers, workTime)} with the grader's {@link RecordingQueue}.
 *
 * <p>After the return it watches the call's threads (those that used the queue, and the platform threads the call
 * started) until they end or the watch is over, noting when each was first seen ended, and only then reads the
 * returned list again: a list that the consumers still fill after a too early return is judged as processed by
 * exactly-once, and the early return by the clean-shutdown row alone.
 */
public final class PipelineCall implements StudentCall {

    private final PipelineArguments arguments;
    private RecordingQueue queue;
    private Method run;
    private long firstThreadId;
    private Thread caller;
    private long returnedAt;
    private List<String> atReturn;

    PipelineCall(PipelineArguments arguments) {
        this.arguments = arguments;
    }

    @Override
    public String describe() {
        return "Pipeline.run(" + arguments.batches() + ", queue, " + arguments.consumers() + ", Duration.ofMillis("
                + arguments.workTimeMillis() + "))";
    }

    @Override
    public void prepare() throws ReflectiveOperationException {
        run = Reflect.staticMethod("homework.pipeline.Pipeline", "run", List.class, BlockingQueue.class, int.class,
                Duration.class);
        queue = new RecordingQueue(arguments.capacity(), new HashSet<>(arguments.items()), firstTakes(), heldPut());
        // the queue's own classes and the JDK's usual pipeline machinery, loaded before the clock starts
        queue.events(0);
        queue.firstTakes(0);
        try {
            PipelineWarmUp.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private FirstTakes firstTakes() {
        return arguments.firstTakesMillis() <= 0 ? FirstTakes.none()
                : new FirstTakes(arguments.consumers(), arguments.firstTakesMillis() * 1_000_000);
    }

    private HeldPut heldPut() {
        String held = arguments.heldItem();
        if (held == null) {
            return null;
        }
        Set<String> others = arguments.batches().stream().filter(b -> !b.contains(held)).flatMap(List::stream)
                .collect(Collectors.toSet());
        return new HeldPut(held, others, arguments.consumers(), arguments.settleMillis() * 1_000_000,
                arguments.heldLongestMillis() * 1_000_000);
    }

    @Override
    public Object invoke() throws Throwable {
        caller = Thread.currentThread();
        firstThreadId = Threads.highestId() + 1;
        List<List<String>> batches = arguments.batches().stream().map(List::copyOf).toList();
        Object returned = Reflect.invoke(run, batches, queue, arguments.consumers(),
                Duration.ofMillis(arguments.workTimeMillis()));
        returnedAt = System.nanoTime();
        atReturn = copy(returned);
        return returned;
    }

    @Override
    public ReturnedValue read(Object returned, long startNanos, long deadlineNanos) {
        List<Thread> watched = watched();
        Map<Thread, Long> endedAt = watch(watched, Math.min(deadlineNanos,
                returnedAt + arguments.watchMillis() * 1_000_000));
        Set<Thread> usedQueue = Set.copyOf(queue.threads());
        List<PipelineThread> threads = new ArrayList<>();
        for (Thread t : watched) {
            Long ended = endedAt.get(t);
            threads.add(new PipelineThread(t.getId(), t.getName(), usedQueue.contains(t), ended == null || ended != 0,
                    ended == null ? -1 : ended == 0 ? 0 : ended - startNanos));
        }
        return new PipelineResult(atReturn, copy(returned), returned == null ? null : returned.getClass().getName(),
                returnedAt - startNanos, queue.events(startNanos), queue.dropped(), threads,
                queue.firstTakes(startNanos), queue.heldPut(startNanos));
    }

    /** The threads that used the queue, and the live non-daemon platform threads the call started; not the caller. */
    private List<Thread> watched() {
        Map<Long, Thread> all = new LinkedHashMap<>();
        for (Thread t : queue.threads()) {
            all.put(t.getId(), t);
        }
        for (Thread t : Threads.live()) {
            if (t.getId() >= firstThreadId && !t.isDaemon()) {
                all.putIfAbsent(t.getId(), t);
            }
        }
        all.remove(caller.getId());
        return List.copyOf(all.values());
    }

    /**
     * Looks every millisecond until every thread has ended or {@code untilNanos}.
     *
     * @return for each thread that ended, when a look first saw it ended ({@code 0}: already at the first look)
     */
    private static Map<Thread, Long> watch(List<Thread> threads, long untilNanos) {
        Map<Thread, Long> ended = new LinkedHashMap<>();
        for (Thread t : threads) {
            if (!t.isAlive()) {
                ended.put(t, 0L);
            }
        }
        while (ended.size() < threads.size() && System.nanoTime() < untilNanos) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = System.nanoTime();
            for (Thread t : threads) {
                if (!ended.containsKey(t) && !t.isAlive()) {
                    ended.put(t, now);
                }
            }
        }
        return ended;
    }

    /** A copy of a returned list, as strings; null if it is not a list or cannot be read. */
    static List<String> copy(Object returned) {
        if (!(returned instanceof List<?> list)) {
            return null;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                List<String> copy = new ArrayList<>();
                for (Object item : list.toArray()) {
                    copy.add(item == null ? null : item instanceof String s ? s : String.valueOf(item));
                }
                return copy;
            } catch (ConcurrentModificationException e) {
                Thread.onSpinWait(); // a plain list that a consumer still fills: read it again
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
