package grader.probe.calls.bank;

import grader.probe.calls.CallArguments;
import grader.probe.calls.StudentCall;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed inputs of task 6's one call: the scenarios of each model-checked row and row 6.5's calls, all chosen
 * by the grader's plan from the run's seed.
 *
 * @param counter row 6.1's scenarios (on {@code Counter})
 * @param money row 6.2's scenarios: transfers only from a lower to a higher account, balances large enough
 * @param deadlock row 6.3's scenarios: transfers in opposite directions between the same two accounts
 * @param snapshot row 6.4's scenarios: {@code total()} beside transfers and deposits
 * @param invocations how many interleavings the model checker may explore per scenario
 * @param startBalances row 6.5's starting balances
 * @param steps row 6.5's calls, in order, on one thread
 */
public record BankArguments(List<BankScenario> counter, List<BankScenario> money, List<BankScenario> deadlock,
        List<BankScenario> snapshot, int invocations, List<Long> startBalances, List<BankOp> steps)
        implements CallArguments {

    public BankArguments {
        counter = new ArrayList<>(counter);
        money = new ArrayList<>(money);
        deadlock = new ArrayList<>(deadlock);
        snapshot = new ArrayList<>(snapshot);
        startBalances = new ArrayList<>(startBalances);
        steps = new ArrayList<>(steps);
    }

    @Override
    public StudentCall call() {
        return new BankCall(this);
    }

    /** The scenarios of one row. */
    public List<BankScenario> scenarios(ModelCheck check) {
        return switch (check) {
            case COUNTER -> counter;
            case MONEY -> money;
            case DEADLOCK -> deadlock;
            case SNAPSHOT -> snapshot;
        };
    }
}
