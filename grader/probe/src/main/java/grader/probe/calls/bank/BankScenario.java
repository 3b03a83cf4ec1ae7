package grader.probe.calls.bank;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A small concurrent scenario: operations run one after another first, then each thread's list at the same time,
 * then the post part once every thread has finished (where the result is read).
 *
 * @param init operations before the threads start (they set up the balances)
 * @param threads each thread's operations, in its order
 * @param post operations after every thread has finished
 */
public record BankScenario(List<BankOp> init, List<List<BankOp>> threads, List<BankOp> post) implements Serializable {

    public BankScenario {
        init = new ArrayList<>(init);
        List<List<BankOp>> copy = new ArrayList<>();
        for (List<BankOp> thread : threads) {
            copy.add(new ArrayList<>(thread));
        }
        threads = copy;
        post = new ArrayList<>(post);
    }
}
