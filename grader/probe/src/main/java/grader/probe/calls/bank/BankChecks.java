package grader.probe.calls.bank;

import java.util.ArrayList;
import java.util.List;

/** Runs all of task 6 in this JVM: rows 6.1 to 6.4 under the model checker, then row 6.5 on one thread. */
public final class BankChecks {

    private BankChecks() {}

    public static BankEvidence run(BankArguments arguments) {
        LincheckRunner runner = new LincheckRunner(arguments.invocations());
        List<RowVerdict> rows = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        for (ModelCheck check : ModelCheck.values()) {
            long start = System.nanoTime();
            rows.add(runner.run(check, arguments.scenarios(check)));
            nanos.add(System.nanoTime() - start);
        }
        return new BankEvidence(rows, SequentialCheck.run(arguments.startBalances(), arguments.steps()), nanos);
    }
}
