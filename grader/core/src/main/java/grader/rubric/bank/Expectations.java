package grader.rubric.bank;

import grader.probe.calls.bank.BankOp;
import grader.probe.calls.bank.BankScenario;
import grader.probe.calls.bank.SequentialBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the grader's sequential bank says a scenario must give, for feedback that names the right value. Rows 6.2
 * and 6.4 transfer from lower to higher accounts with balances far above the amounts, so no call fails and every
 * one-at-a-time order gives the same final balances; a total can only differ by the deposits already made.
 */
final class Expectations {

    private Expectations() {}

    /** Every account's balance once the whole scenario has run, in any order. */
    static List<Long> finalBalances(BankScenario scenario) {
        SequentialBank bank = new SequentialBank();
        List<BankOp> all = new ArrayList<>(scenario.init());
        scenario.threads().forEach(all::addAll);
        for (BankOp op : all) {
            apply(bank, op);
        }
        List<Long> balances = new ArrayList<>();
        for (int account = 0; account < 3; account++) {
            balances.add(bank.balance(account));
        }
        return balances;
    }

    /**
     * The totals a one-at-a-time order can show while the threads run: the starting total plus the deposits of any
     * prefix of each thread's calls (a transfer never changes the total).
     */
    static Set<Long> possibleTotals(BankScenario scenario) {
        long start = 0;
        for (BankOp op : scenario.init()) {
            if (op.name().equals("deposit")) {
                start += op.args().get(1);
            }
        }
        Set<Long> totals = new TreeSet<>(Set.of(start));
        for (List<BankOp> thread : scenario.threads()) {
            Set<Long> next = new TreeSet<>();
            for (long before : totals) {
                long sum = before;
                next.add(sum);
                for (BankOp op : thread) {
                    if (op.name().equals("deposit")) {
                        sum += op.args().get(1);
                        next.add(sum);
                    }
                }
            }
            totals = next;
        }
        return totals;
    }

    static String list(Set<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static void apply(SequentialBank bank, BankOp op) {
        switch (op.name()) {
            case "deposit" -> bank.deposit(Math.toIntExact(op.args().get(0)), op.args().get(1));
            case "transfer" -> bank.transfer(Math.toIntExact(op.args().get(0)), Math.toIntExact(op.args().get(1)),
                    op.args().get(2));
            default -> { } // balance and total change nothing
        }
    }
}
