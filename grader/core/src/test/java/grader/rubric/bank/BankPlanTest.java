package grader.rubric.bank;

import static org.assertj.core.api.Assertions.assertThat;

import grader.probe.calls.bank.BankArguments;
import grader.probe.calls.bank.BankOp;
import grader.probe.calls.bank.BankScenario;
import grader.probe.calls.bank.SequentialBank;
import grader.rubric.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plan's scenarios keep the contract's promises, for any seed, so that each row grades one thing. */
class BankPlanTest {

    private static List<BankArguments> manySeeds() {
        List<BankArguments> all = new ArrayList<>();
        for (long seed = 0; seed < 200; seed++) {
            all.add(BankPlan.arguments(Parameters.fromSeed(seed).random(6)));
        }
        return all;
    }

    @Test
    void theSameSeedGivesTheSameScenariosAndAnotherSeedOtherAmounts() {
        assertThat(BankPlan.arguments(new Random(7))).isEqualTo(BankPlan.arguments(new Random(7)));
        assertThat(BankPlan.arguments(new Random(7))).isNotEqualTo(BankPlan.arguments(new Random(8)));
    }

    @Test
    void rowsTwoAndFourTransferOnlyUpwardsAndNeverOverdrawInAnyOrder() {
        for (BankArguments arguments : manySeeds()) {
            for (BankScenario scenario : concat(arguments.money(), arguments.snapshot())) {
                long amounts = 0;
                for (List<BankOp> thread : scenario.threads()) {
                    for (BankOp op : thread) {
                        if (op.name().equals("transfer")) {
                            assertThat(op.args().get(0)).as(op.describe()).isLessThan(op.args().get(1));
                            amounts += op.args().get(2);
                        }
                    }
                }
                // every account starts with at least 1000: even all transfers out of one account cannot overdraw it
                SequentialBank start = new SequentialBank();
                scenario.init().forEach(op -> start.deposit(op.args().get(0).intValue(), op.args().get(1)));
                for (int account = 0; account < 3; account++) {
                    assertThat(start.balance(account)).isGreaterThan(amounts);
                }
            }
        }
    }

    @Test
    void rowFourChangesTheBankFromOneThreadOnlyBesideAThreadThatReadsTotals() {
        for (BankArguments arguments : manySeeds()) {
            for (BankScenario scenario : arguments.snapshot()) {
                long writers = scenario.threads().stream()
                        .filter(t -> t.stream().anyMatch(op -> !op.name().equals("total"))).count();
                assertThat(writers).isEqualTo(1);
                assertThat(scenario.threads()).anyMatch(t -> t.stream().allMatch(op -> op.name().equals("total")));
            }
        }
    }

    @Test
    void rowThreeTransfersInOppositeDirectionsBetweenTheSameTwoAccounts() {
        for (BankArguments arguments : manySeeds()) {
            for (BankScenario scenario : arguments.deadlock()) {
                BankOp first = scenario.threads().get(0).get(0);
                BankOp second = scenario.threads().get(1).get(0);
                assertThat(first.args().subList(0, 2)).containsExactly(second.args().get(1), second.args().get(0));
            }
        }
    }

    @Test
    void rowFivesOneThreadCallsMeetEachOutcomeTheContractNames() {
        BankArguments arguments = BankPlan.arguments(new Random(3));
        SequentialBank bank = new SequentialBank(arguments.startBalances().stream().mapToLong(Long::longValue)
                .toArray());
        List<String> outcomes = new ArrayList<>();
        for (BankOp op : arguments.steps()) {
            try {
                switch (op.name()) {
                    case "deposit" -> bank.deposit(op.args().get(0).intValue(), op.args().get(1));
                    case "transfer" -> bank.transfer(op.args().get(0).intValue(), op.args().get(1).intValue(),
                            op.args().get(2));
                    default -> { }
                }
                outcomes.add("ok");
            } catch (RuntimeException e) {
                outcomes.add(e.getClass().getSimpleName());
            }
        }
        assertThat(outcomes).containsOnlyOnce("IllegalStateException").contains("IllegalArgumentException");
        assertThat(outcomes.stream().filter("IllegalArgumentException"::equals)).hasSize(6);
    }

    private static List<BankScenario> concat(List<BankScenario> a, List<BankScenario> b) {
        List<BankScenario> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
