package grader.probe.calls.bank;

/** How a scenario failed under the model checker. */
public enum FailureKind {
    /** It finished, but no one-at-a-time order of its calls gives the results it gave. */
    WRONG_RESULTS,
    /** Threads waited for each other's locks for ever. */
    DEADLOCK,
    /** Threads kept running without getting anywhere (spinning on a lock or a flag). */
    LIVELOCK,
    /** An operation ran past the model checker's limit. */
    TIMEOUT,
    /** Anything else the model checker reported (an exception it could not attribute, a validation failure). */
    OTHER
}
