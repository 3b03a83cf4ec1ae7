package grader.probe.calls;

import java.io.Serializable;

/**
 * The typed inputs of one call of a student's method: a record of an assignment's own, which makes the call. The
 * grader builds it, the probe receives it inside a {@link CallRequest}, so a misspelt or missing input is a compile
 * error, not a silent default.
 */
public interface CallArguments extends Serializable {

    /** The call these inputs are for, not yet prepared. */
    StudentCall call();
}
