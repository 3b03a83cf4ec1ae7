package grader.probe;

import grader.probe.calls.CallSpec;
import grader.probe.calls.Calls;
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
import grader.probe.evidence.ThreadFact;
import grader.probe.evidence.Thrown;
import grader.probe.evidence.Witness;
import grader.probe.watch.ProcessWatcher;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Makes one call of the student's method under observation and collects the {@link CallEvidence}.
 *
 * <p>The call runs on a fresh non-daemon thread named {@code main} (threads inherit the daemon flag, and a daemon
 * caller would hide a thread left running). {@code System.out} is a {@link LineCapture}. The call ends when it
 * returns or throws, when its time limit runs out, or when it printed more than the output limit. After it came
 * back, the threads that printed get a short grace to end, and then the evidence is built.
 *
 * <p>Spec keys: {@code call} and its arguments (see {@link Calls}), {@code timeoutMs}, {@code graceMs} (1000),
 * {@code outputLimit} (1 MiB), {@code holdMs} (0: no first-line rendezvous), {@code watchProcesses} (0 or 1).
 */
public final class CallRunner {

    private final CallSpec spec;

    public CallRunner(CallSpec spec) {
        this.spec = spec;
    }

    public CallEvidence run() throws InterruptedException {
        StudentCall call = Calls.of(spec);
        long timeoutMillis = spec.number("timeoutMs", 10_000);
        long graceMillis = spec.number("graceMs", 1000);
        try {
            call.prepare();
        } catch (ReflectiveOperationException | LinkageError e) {
            return new CallEvidence(call.describe(), Outcome.THREW, 0, ProbeThrowables.clean(e), -1, List.of(),
                    List.of(), List.of(), null, null, "", "the method could not be found or loaded");
        }
        var ended = new CountDownLatch(1);
        var result = new Object[1];
        var thrown = new Throwable[1];
        var returnedAt = new long[] {-1};
        long start = System.nanoTime();
        Recorder recorder = new Recorder(start, spec.number("outputLimit", 1 << 20), ended::countDown);
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
        long firstStudentThreadId = Math.max(caller.getId(), Threads.highestId()) + 1;
        PartnerRendezvous rendezvous = call.lineKinds() == null || spec.number("holdMs", 0) == 0 ? null
                : new PartnerRendezvous(recorder, caller, firstStudentThreadId, call.lineKinds(),
                        spec.number("holdMs", 0));
        FirstLineHold hold = rendezvous == null ? FirstLineHold.NONE : rendezvous;
        LineCapture out = new LineCapture(recorder, hold);
        ErrorCapture err = new ErrorCapture(8 * 1024);
        ProcessWatcher watcher = spec.number("watchProcesses", 0) == 1 ? new ProcessWatcher(start, 2) : null;

        System.setOut(out);
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        if (watcher != null) {
            watcher.start();
        }
        caller.start();
        boolean cameBack = ended.await(timeoutMillis, TimeUnit.MILLISECONDS) && !recorder.overLimit();
        Outcome outcome = recorder.overLimit() ? Outcome.OUTPUT_LIMIT
                : !cameBack ? Outcome.TIMED_OUT
                : thrown[0] != null ? Outcome.THREW : Outcome.RETURNED;

        ReturnedValue returned = outcome == Outcome.RETURNED
                ? call.read(result[0], start, start + timeoutMillis * 1_000_000) : null;
        List<Thread> printers = recorder.printers();
        if (outcome.cameBack()) {
            long graceEnd = System.nanoTime() + graceMillis * 1_000_000;
            for (Thread t : printers) {
                t.join(Math.max(1, (graceEnd - System.nanoTime()) / 1_000_000));
            }
        }
        ProcessObservation processes = watcher == null ? null : watcher.finish(outcome.cameBack() ? graceMillis : 0);
        out.finish();
        List<ThreadFact> facts = printers.stream()
                .map(t -> new ThreadFact(t.getId(), t.getName(), t == caller, t.isAlive())).toList();
        List<Witness> witnesses = rendezvous == null ? List.of() : rendezvous.witnesses();
        Thrown cleaned = thrown[0] == null ? null : ProbeThrowables.clean(thrown[0]);
        return new CallEvidence(call.describe(), outcome, returnedAt[0], cleaned, caller.getId(), recorder.lines(),
                facts, witnesses, returned, processes, err.text(), "");
    }
}
