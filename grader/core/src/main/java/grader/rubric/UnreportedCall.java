package grader.rubric;

import grader.probe.evidence.ReturnedValue;
import grader.text.Message;

/**
 * Why a call's JVM left no evidence, as the grader saw it from outside (so it is worded from the catalogs, in the
 * reader's language, rather than by the probe): it was killed at its limit, ended before the call came back, wrote
 * evidence that could not be read, or went past a cap.
 *
 * @param reason which of these
 * @param exitCode the JVM's exit status, for {@link Reason#ENDED}
 * @param detail the end of its standard error, or why the evidence was unreadable; may be empty
 * @param overCap the cap it went past, for {@link Reason#OVER_CAP}
 */
public record UnreportedCall(Reason reason, int exitCode, String detail, CapBreach overCap) implements ReturnedValue {

    public enum Reason { KILLED, ENDED, UNREADABLE, OVER_CAP }

    /** The feedback's sentence about {@code call}. */
    public Message message(String call) {
        return switch (reason) {
            case KILLED -> Message.of("engine.unreported.killed");
            case ENDED -> detail.isEmpty() ? Message.of("engine.unreported.ended", "status", exitCode)
                    : Message.of("engine.unreported.ended-stderr", "status", exitCode, "stderr", detail);
            case UNREADABLE -> Message.of("engine.unreported.unreadable", "reason", detail);
            case OVER_CAP -> overCap.message(call);
        };
    }
}
