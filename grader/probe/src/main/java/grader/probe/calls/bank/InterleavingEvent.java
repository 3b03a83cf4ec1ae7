package grader.probe.calls.bank;

import java.io.Serializable;

/**
 * One step of the interleaving the model checker found, in the student's terms.
 *
 * @param thread the scenario's thread, from 1 (0 for the parts before and after the threads)
 * @param kind what it did
 * @param subject the call, the field ({@code Counter.count}, {@code long[][1]}) or the lock it concerns
 * @param value the value read or written, else empty
 * @param line where in the student's source, {@code Bank.java:17}, or empty when unknown
 */
public record InterleavingEvent(int thread, EventKind kind, String subject, String value, String line)
        implements Serializable {}
