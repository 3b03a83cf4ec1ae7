package grader.rubric.bank;

import grader.probe.calls.CallOptions;
import grader.probe.calls.bank.BankArguments;
import grader.probe.calls.bank.BankOp;
import grader.probe.calls.bank.BankScenario;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Task 6's one call: every row's scenarios in one JVM, so that the model checker's start-up (attaching its agent,
 * instrumenting the classes) is paid once. The amounts and starting balances come from the seed; the shapes of the
 * scenarios are fixed so that each row grades one thing (see the contract): rows 6.2 and 6.4 transfer only from a
 * lower account to a higher one with balances far above the amounts, so no transfer fails and every order of
 * the calls gives the same final balances; row 6.4 has one thread that changes the bank and one that reads
 * {@code total()}, so a lost update (row 6.2's business) cannot show there.
 */
public final class BankPlan {

    public static final String CALL = "model checking";

    /**
     * How many interleavings the model checker may explore per scenario. Every flaw of the corpus showed with 20;
     * 100 keeps a margin. The call's cost is mostly Lincheck's start-up (about 2 s of the 3): 200 cost a lock-based
     * solution 1-2 s more, 50 or 20 hardly less.
     */
    static final int INVOCATIONS = 100;

    /** A correct call takes about 3 s on a loaded 2-core machine; 20 times that. */
    static final Duration LIMIT = Duration.ofSeconds(60);

    public List<PlannedCall> calls(Parameters p) {
        BankArguments arguments = arguments(p.random(6));
        return List.of(new ProbeCall(CALL, "Counter and Bank under the model checker", arguments,
                CallOptions.DEFAULT, LIMIT));
    }

    static BankArguments arguments(Random random) {
        List<BankOp> fund = new ArrayList<>();
        for (int account = 0; account < 3; account++) {
            fund.add(BankOp.of("deposit", account, 1000 + random.nextInt(1000)));
        }
        List<BankScenario> counter = List.of(
                new BankScenario(List.of(), List.of(List.of(op("increment"), op("increment")),
                        List.of(op("increment"))), List.of(op("get"))),
                new BankScenario(List.of(), List.of(List.of(op("increment")), List.of(op("increment")),
                        List.of(op("increment"))), List.of(op("get"))));
        List<BankOp> balances = List.of(BankOp.of("balance", 0), BankOp.of("balance", 1), BankOp.of("balance", 2));
        List<BankScenario> money = List.of(
                new BankScenario(fund, List.of(
                        List.of(BankOp.of("transfer", 0, 1, amount(random)), BankOp.of("deposit", 1, amount(random))),
                        List.of(BankOp.of("deposit", 1, amount(random)), BankOp.of("transfer", 1, 2, amount(random)))),
                        balances),
                new BankScenario(fund, List.of(
                        List.of(BankOp.of("deposit", 0, amount(random)), BankOp.of("transfer", 0, 2, amount(random))),
                        List.of(BankOp.of("transfer", 0, 1, amount(random)), BankOp.of("deposit", 2, amount(random)))),
                        balances));
        List<BankScenario> deadlock = List.of(new BankScenario(fund, List.of(
                List.of(BankOp.of("transfer", 0, 1, amount(random))),
                List.of(BankOp.of("transfer", 1, 0, amount(random)))), List.of()));
        List<BankScenario> snapshot = List.of(new BankScenario(fund, List.of(
                List.of(BankOp.of("transfer", 0, 1, amount(random)), BankOp.of("deposit", 2, amount(random)),
                        BankOp.of("transfer", 1, 2, amount(random))),
                List.of(op("total"), op("total"))), List.of()));
        List<Long> start = List.of(100L + random.nextInt(100), 100L + random.nextInt(100), 100L + random.nextInt(100));
        return new BankArguments(counter, money, deadlock, snapshot, INVOCATIONS, start, steps(start, random));
    }

    /**
     * Row 6.5's calls: deposits and transfers whose balances are then read, a transfer larger than its balance
     * (followed by the balances it must not have changed), and every argument that is an
     * {@code IllegalArgumentException}, one of them with an amount too large as well (the argument checks first).
     */
    static List<BankOp> steps(List<Long> start, Random random) {
        long deposit = amount(random);
        long first = amount(random);
        long second = amount(random);
        long balance1 = start.get(1) + first;
        return List.of(
                BankOp.of("deposit", 0, deposit),
                BankOp.of("transfer", 0, 1, first),
                BankOp.of("transfer", 2, 0, second),
                BankOp.of("balance", 0), BankOp.of("balance", 1), BankOp.of("balance", 2),
                BankOp.of("transfer", 1, 2, balance1 + 1 + random.nextInt(100)),
                BankOp.of("balance", 1), BankOp.of("balance", 2),
                BankOp.of("transfer", 0, 0, 1),
                BankOp.of("transfer", 0, 1, -1),
                BankOp.of("transfer", 0, 3, 1),
                BankOp.of("transfer", -1, 0, 1),
                BankOp.of("transfer", 0, 3, 1_000_000),
                BankOp.of("deposit", 1, -1),
                BankOp.of("total"));
    }

    private static long amount(Random random) {
        return 1 + random.nextInt(99);
    }

    private static BankOp op(String name) {
        return BankOp.of(name);
    }
}
