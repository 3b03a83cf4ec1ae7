package grader.probe.calls.bank;

/** One step of an interleaving that feedback tells the student about. */
public enum EventKind {
    /** The thread starts an operation of the scenario ({@code subject} is the call). */
    CALLS,
    /** It reads a field or array element of the student's object ({@code subject}) and gets {@code value}. */
    READS,
    /** It writes {@code value} to a field or array element ({@code subject}). */
    WRITES,
    /** It takes a lock: a monitor ({@code synchronized}) or a {@code Lock} ({@code subject}). */
    LOCKS,
    /** It releases a lock. */
    UNLOCKS,
    /** It asks for a lock ({@code subject}) that another thread holds, and waits. */
    WAITS_FOR_LOCK
}
