package grader.probe.calls.bank;

import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@link BankChecks} on fixed scenarios in a JVM of its own (one student's classes per JVM, as in a real call)
 * and writes the evidence, serialized, to the file named by its argument.
 */
public final class BankCheckMain {

    static final List<BankOp> FUND = List.of(BankOp.of("deposit", 0, 1000), BankOp.of("deposit", 1, 1000),
            BankOp.of("deposit", 2, 1000));

    static BankArguments arguments() {
        BankScenario counter = new BankScenario(List.of(),
                List.of(List.of(BankOp.of("increment"), BankOp.of("increment")), List.of(BankOp.of("increment"))),
                List.of(BankOp.of("get")));
        BankScenario money = new BankScenario(FUND,
                List.of(List.of(BankOp.of("transfer", 0, 1, 10), BankOp.of("deposit", 1, 5)),
                        List.of(BankOp.of("deposit", 1, 7), BankOp.of("transfer", 1, 2, 3))),
                List.of(BankOp.of("balance", 0), BankOp.of("balance", 1), BankOp.of("balance", 2)));
        BankScenario deadlock = new BankScenario(FUND,
                List.of(List.of(BankOp.of("transfer", 0, 1, 10)), List.of(BankOp.of("transfer", 1, 0, 5))), List.of());
        BankScenario snapshot = new BankScenario(FUND,
                List.of(List.of(BankOp.of("transfer", 0, 1, 10), BankOp.of("deposit", 2, 5),
                        BankOp.of("transfer", 1, 2, 20)), List.of(BankOp.of("total"), BankOp.of("total"))),
                List.of());
        List<BankOp> steps = List.of(BankOp.of("deposit", 0, 5), BankOp.of("transfer", 0, 1, 30),
                BankOp.of("balance", 0), BankOp.of("balance", 1), BankOp.of("transfer", 1, 0, 1000),
                BankOp.of("balance", 1), BankOp.of("transfer", 0, 0, 1), BankOp.of("transfer", 0, 1, -1),
                BankOp.of("transfer", 0, 3, 1), BankOp.of("deposit", 0, -1), BankOp.of("total"));
        return new BankArguments(List.of(counter), List.of(money), List.of(deadlock), List.of(snapshot), 200,
                List.of(100L, 50L), steps);
    }

    public static void main(String[] args) throws Exception {
        BankEvidence evidence = BankChecks.run(arguments());
        try (var out = new ObjectOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            out.writeObject(evidence);
        }
        System.exit(0);
    }
}
