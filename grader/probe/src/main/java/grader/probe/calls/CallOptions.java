package grader.probe.calls;

import java.io.Serializable;
import java.time.Duration;

/**
 * How the probe observes a call, whatever the assignment.
 *
 * @param timeoutMillis how long the call may run
 * @param graceMillis how long the threads that printed may take to end after the call came back
 * @param outputLimit how many characters the call may print before it is cut
 * @param holdMillis how long a first printer waits at its first line for its partner; 0: no rendezvous
 * @param watchProcesses whether the call's child processes are observed
 * @param recordProcessStarts whether every process start is also recorded through Flight Recorder
 * @param canary whether a canary measures how late threads wake up during the call (for timed checks)
 */
public record CallOptions(long timeoutMillis, long graceMillis, long outputLimit, long holdMillis,
        boolean watchProcesses, boolean recordProcessStarts, boolean canary) implements Serializable {

    public static final CallOptions DEFAULT = new CallOptions(10_000, 1000, 1 << 20, 0, false, false, false);

    public CallOptions withTimeout(Duration timeout) {
        return new CallOptions(timeout.toMillis(), graceMillis, outputLimit, holdMillis, watchProcesses,
                recordProcessStarts, canary);
    }

    public CallOptions withGrace(Duration grace) {
        return new CallOptions(timeoutMillis, grace.toMillis(), outputLimit, holdMillis, watchProcesses,
                recordProcessStarts, canary);
    }

    public CallOptions withHold(Duration hold) {
        return new CallOptions(timeoutMillis, graceMillis, outputLimit, hold.toMillis(), watchProcesses,
                recordProcessStarts, canary);
    }

    public CallOptions watchingProcesses() {
        return new CallOptions(timeoutMillis, graceMillis, outputLimit, holdMillis, true, recordProcessStarts, canary);
    }

    public CallOptions recordingProcessStarts() {
        return new CallOptions(timeoutMillis, graceMillis, outputLimit, holdMillis, watchProcesses, true, canary);
    }

    public CallOptions withCanary() {
        return new CallOptions(timeoutMillis, graceMillis, outputLimit, holdMillis, watchProcesses,
                recordProcessStarts, true);
    }
}
