package grader.rubric.bank;

import static org.assertj.core.api.Assertions.assertThat;

import grader.probe.calls.bank.BankOp;
import grader.probe.calls.bank.BankScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values feedback names as right: the sequential bank's. */
class ExpectationsTest {

    private static final List<BankOp> FUND = List.of(BankOp.of("deposit", 0, 1000), BankOp.of("deposit", 1, 1000),
            BankOp.of("deposit", 2, 1000));

    @Test
    void finalBalancesAddEveryDepositAndMoveEveryTransfer() {
        BankScenario scenario = new BankScenario(FUND, List.of(
                List.of(BankOp.of("transfer", 0, 1, 10), BankOp.of("deposit", 1, 5)),
                List.of(BankOp.of("deposit", 1, 7), BankOp.of("transfer", 1, 2, 3))), List.of());

        assertThat(Expectations.finalBalances(scenario)).containsExactly(990L, 1019L, 1003L);
    }

    @Test
    void aTotalCanShowTheDepositsOfAnyPrefixOfEachThreadButNoHalfTransfer() {
        BankScenario scenario = new BankScenario(FUND, List.of(
                List.of(BankOp.of("transfer", 0, 1, 10), BankOp.of("deposit", 2, 5), BankOp.of("transfer", 1, 2, 20)),
                List.of(BankOp.of("total"), BankOp.of("total"))), List.of());

        assertThat(Expectations.possibleTotals(scenario)).containsExactly(3000L, 3005L);
    }
}
