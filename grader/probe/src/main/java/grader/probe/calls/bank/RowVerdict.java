package grader.probe.calls.bank;

import java.io.Serializable;

/**
 * What the model checker found for one row.
 *
 * @param check the row
 * @param scenarios how many scenarios it ran
 * @param failure the first scenario that failed, or null when every one passed
 * @param broken why the row could not be checked at all (the student's constructor threw, a method is missing), or
 *     null; the row is then lost with this reason
 */
public record RowVerdict(ModelCheck check, int scenarios, ScenarioFailure failure, String broken)
        implements Serializable {

    public boolean passed() {
        return failure == null && broken == null;
    }
}
