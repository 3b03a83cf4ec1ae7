package grader.probe.calls.bank;

import java.io.Serializable;

/**
 * What the model checker found for one row.
 *
 * @param check the row
 * @param scenarios how many scenarios it ran
 * @param failure the first scenario that failed, or null when every one passed
 * @param broken why the row could not be checked at all because of the student's classes (the constructor threw,
 *     a method is missing), or null
 * @param checkerFailed why the model checker itself could not run (it could not attach its agent, say), or null:
 *     the grader's problem, not the student's, and feedback says so
 */
public record RowVerdict(ModelCheck check, int scenarios, ScenarioFailure failure, String broken,
        String checkerFailed) implements Serializable {

    public boolean passed() {
        return failure == null && broken == null && checkerFailed == null;
    }
}
