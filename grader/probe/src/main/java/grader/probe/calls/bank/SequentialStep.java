package grader.probe.calls.bank;

import java.io.Serializable;

/**
 * One call of the one-thread check (row 6.5), with what the grader's sequential bank gives and what the student's
 * gave.
 *
 * @param op the call
 * @param expected what the contract's bank gives at that point
 * @param actual what the student's bank gave
 */
public record SequentialStep(BankOp op, OpResult expected, OpResult actual) implements Serializable {

    public boolean matches() {
        return expected.equals(actual);
    }
}
