package grader.probe;

import grader.probe.calls.CallOptions;
import grader.probe.calls.CallRequest;
import grader.probe.calls.JdkWarmUp;
import grader.probe.calls.ProbeThrowables;
import grader.probe.calls.StudentCall;
import grader.probe.capture.ErrorCapture;
import grader.probe.capture.FirstLineHold;
import grader.probe.capture.LineCapture;
import grader.probe.capture.PartnerRendezvous;
import grader.probe.capture.Recorder;
import grader.probe.capture.Threads;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Outcome;
import grader.probe.evidence.ProcessObservation;
import grader.probe.evidence.ReturnedValue;
import grader.probe.evidence.Stall;
import grader.probe.evidence.ThreadFact;
import grader.probe.evidence.Thrown;
import grader.probe.evidence.Witness;
import grader.probe.watch.Canary;
import grader.probe.watch.ProcessWatcher;
import grader.probe.watch.StallLook;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Makes one call of the student's method under observation and collects the {@link CallEvidence}.
 *
 * <p>The call runs on a fresh non-daemon thread named {@code main} (threads inherit the daemon flag, and a daemon
 * caller would hide a thread left running). {@code System.out} is a {@link LineCapture}. The call ends when it
 * returns or throws, when its time limit runs out, or when it printed more than the output limit. After it came
 * back, the threads that printed get a short grace to end; their lines are recorded until they end or the call's
 * time limit, and then the evidence is built.
 *
 * <p>What is called comes from the request's arguments, how it is observed from its {@link CallOptions}.
 */
public final class CallRunner {

    /** How long after the call came back the probe waits for the student's threads that have not printed. */
    static final long OBSERVE_AFTER_RETURN_NANOS = 3_000_000_000L;

    /**
     * How long before the limit the probe looks at a call still running (at most a quarter of the limit): room for
     * its {@link #LOOKS} looks and for loading {@code java.management} on a busy machine.
     */
    static final long LOOK_AHEAD_NANOS = 500_000_000L;
    static final int LOOKS = 5;
    static final long LOOK_PAUSE_MILLIS = 40;

    private final CallRequest request;

    public CallRunner(CallRequest request) {
        this.request = request;
    }

    public CallEvidence run() throws InterruptedException {
        StudentCall call = request.arguments().call();
        CallOptions options = request.options();
        long timeoutMillis = options.timeoutMillis();
        long graceMillis = options.graceMillis();
        // Taken before the student's class is initialized: threads its static initializer starts are the student's.
        long firstStudentThreadId = Threads.highestId() + 1;
        try {
            JdkWarmUp.run();
            call.prepare();
        } catch (ReflectiveOperationException | LinkageError e) {
            return new CallEvidence(call.describe(), Outcome.THREW, 0, ProbeThrowables.clean(unwrap(e)), -1,
                    List.of(), List.of(), List.of(), null, null, "", "the class or method could not be loaded", -1);
        }
        var ended = new CountDownLatch(1);
        var result = new Object[1];
        var thrown = new Throwable[1];
        var returnedAt = new long[] {-1};
        long start = System.nanoTime();
        Recorder recorder = new Recorder(start, options.outputLimit(), ended::countDown);
        Thread caller = new Thread(() -> {
            try {
                result[0] = call.invoke();
            } catch (Throwable t) {
                thrown[0] = t;
            }
            returnedAt[0] = System.nanoTime() - start;
            ended.countDown();
        }, "main");
        caller.setDaemon(false);
        ProcessWatcher watcher = options.watchProcesses()
                ? new ProcessWatcher(start, 2, options.recordProcessStarts()) : null;
        PartnerRendezvous rendezvous = call.lineKinds() == null || options.holdMillis() == 0 ? null
                : new PartnerRendezvous(recorder, caller, firstStudentThreadId, call.lineKinds(),
                        options.holdMillis());
        FirstLineHold hold = rendezvous == null ? FirstLineHold.NONE : rendezvous;
        LineCapture out = new LineCapture(recorder, hold);
        ErrorCapture err = new ErrorCapture(8 * 1024);
        Canary canary = options.canary() ? new Canary(5) : null;

        System.setOut(out);
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        if (watcher != null) {
            watcher.start();
        }
        if (canary != null) {
            canary.start();
        }
        caller.start();
        long limitAt = System.nanoTime() + timeoutMillis * 1_000_000;
        Awaited awaited = awaitOrLook(ended, limitAt, Math.min(LOOK_AHEAD_NANOS, timeoutMillis * 250_000),
                () -> Threads.live().stream().filter(t -> t == caller || t.getId() >= firstStudentThreadId).toList());
        // a look that ran past the limit (thousands of threads on a busy machine) gives the call no extra time
        boolean cameBack = awaited.ended() && !recorder.overLimit() && start + returnedAt[0] <= limitAt;
        Outcome outcome = recorder.overLimit() ? Outcome.OUTPUT_LIMIT
                : !cameBack ? Outcome.TIMED_OUT
                : thrown[0] != null ? Outcome.THREW : Outcome.RETURNED;

        ReturnedValue returned = outcome == Outcome.RETURNED
                ? call.read(result[0], start, start + timeoutMillis * 1_000_000) : null;
        long cameBackAt = start + Math.max(0, returnedAt[0]);
        long graceEnd = outcome.cameBack() ? cameBackAt + graceMillis * 1_000_000 : System.nanoTime();
        ProcessObservation processes = watcher == null ? null : watcher.finish(graceEnd);
        List<Long> aliveAfterGrace = outcome.cameBack() ? joinPrinters(recorder, graceEnd) : List.of();
        if (outcome.cameBack()) {
            observeAfterReturn(recorder, student -> student != caller && student.getId() >= firstStudentThreadId,
                    cameBackAt, start + timeoutMillis * 1_000_000);
        }
        long lateness = canary == null ? -1 : canary.stop();
        List<Thread> printers = recorder.printers();
        out.finish();
        List<ThreadFact> facts = printers.stream()
                .map(t -> new ThreadFact(t.getId(), t.getName(), t == caller,
                        outcome.cameBack() ? aliveAfterGrace.contains(t.getId()) : t.isAlive()))
                .toList();
        List<Witness> witnesses = rendezvous == null ? List.of() : rendezvous.witnesses();
        Thrown cleaned = thrown[0] == null ? null : ProbeThrowables.clean(thrown[0]);
        return new CallEvidence(call.describe(), outcome, outcome.cameBack() ? returnedAt[0] : -1, cleaned, caller.getId(), recorder.lines(),
                facts, witnesses, returned, processes, err.text(), "", lateness,
                outcome == Outcome.TIMED_OUT ? awaited.stall() : null);
    }

    /**
     * Waits for the call until {@code limitAt}; if it is still running {@code lookAhead} nanoseconds before that, looks
     * at where the student's threads are (the grader kills the JVM only well after the limit, so the look always
     * comes first) and then waits out the rest.
     *
     * @return whether the call ended in time, and what the look saw (null if there was none)
     */
    private static Awaited awaitOrLook(CountDownLatch ended, long limitAt, long lookAhead,
            Supplier<List<Thread>> students) throws InterruptedException {
        long lookAt = limitAt - lookAhead;
        if (ended.await(lookAt - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            return new Awaited(true, null);
        }
        Stall stall;
        try {
            stall = new StallLook(StallLook.studentCode()).look(students, LOOKS, LOOK_PAUSE_MILLIS);
        } catch (RuntimeException | LinkageError e) {
            stall = null; // a JVM without java.management: the feedback then says only that time ran out
        }
        return new Awaited(ended.await(limitAt - System.nanoTime(), TimeUnit.NANOSECONDS), stall);
    }

    /** How the wait for a call ended: in time, or not, with where its threads were. */
    private record Awaited(boolean ended, Stall stall) {}

    /** What a static initializer threw, rather than the wrapper around it. */
    private static Throwable unwrap(Throwable e) {
        return e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
    }

    /**
     * Keeps recording after the call came back, so that the lines of threads it did not wait for are complete
     * evidence: threads that printed are waited for until they end, for as long as the call itself could have
     * taken (a busy machine may slow them that much); the student's other live non-daemon threads, which may not
     * have printed yet, for {@link #OBSERVE_AFTER_RETURN_NANOS} (an idle pool thread would never end).
     */
    private static void observeAfterReturn(Recorder recorder, Predicate<Thread> students, long cameBackAt,
            long limitAt) throws InterruptedException {
        long othersUntil = cameBackAt + OBSERVE_AFTER_RETURN_NANOS;
        long printersUntil = Math.max(othersUntil, limitAt);
        while (true) {
            joinPrinters(recorder, printersUntil);
            Set<Thread> printers = Set.copyOf(recorder.printers());
            List<Thread> quiet = Threads.live().stream()
                    .filter(t -> !t.isDaemon() && students.test(t) && !printers.contains(t)).toList();
            long left = othersUntil - System.nanoTime();
            if (quiet.isEmpty() || left <= 0) {
                return;
            }
            quiet.get(0).join(Math.max(1, Math.min(left / 1_000_000, 50)));
        }
    }

    /**
     * Waits until every thread that printed so far (or starts printing meanwhile) has ended, or the deadline.
     *
     * @return the ids of the printers still alive at the end
     */
    private static List<Long> joinPrinters(Recorder recorder, long deadlineNanos) throws InterruptedException {
        while (true) {
            List<Thread> alive = recorder.printers().stream().filter(Thread::isAlive).toList();
            long left = deadlineNanos - System.nanoTime();
            if (alive.isEmpty() || left <= 0) {
                return alive.stream().map(Thread::getId).toList();
            }
            alive.get(0).join(Math.max(1, Math.min(left / 1_000_000, 50)));
        }
    }
}
