package grader.rubric.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.probe.calls.bank.BankEvidence;
import grader.probe.calls.bank.BankOp;
import grader.probe.calls.bank.BankScenario;
import grader.probe.calls.bank.EventKind;
import grader.probe.calls.bank.FailureKind;
import grader.probe.calls.bank.InterleavingEvent;
import grader.probe.calls.bank.ModelCheck;
import grader.probe.calls.bank.OpResult;
import grader.probe.calls.bank.RowVerdict;
import grader.probe.calls.bank.ScenarioFailure;
import grader.probe.calls.bank.SequentialCheck;
import grader.probe.calls.bank.SequentialStep;
import grader.rubric.Fixtures;
import grader.rubric.Parameters;
import grader.rubric.RubricFailure;
import grader.rubric.TaskEvidence;
import grader.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rubric's verdicts and feedback, from hand-made evidence of the probe's records. */
class BankRubricTest {

    private final BankRubric rubric = new BankRubric();
    private final Parameters parameters = Parameters.fromSeed(1);

    private static final BankScenario INCREMENTS = new BankScenario(List.of(),
            List.of(List.of(BankOp.of("increment")), List.of(BankOp.of("increment"))), List.of(BankOp.of("get")));

    /** The lost update of {@code count++}: both threads read 0 and both write 1. */
    private static final ScenarioFailure LOST_UPDATE = new ScenarioFailure(FailureKind.WRONG_RESULTS, INCREMENTS,
            List.of(List.of(OpResult.ofVoid()), List.of(OpResult.ofVoid())), List.of(OpResult.value(1)), List.of(
            new InterleavingEvent(1, EventKind.CALLS, "increment()", "", ""),
            new InterleavingEvent(1, EventKind.READS, "Counter.count", "0", "Counter.java:7"),
            new InterleavingEvent(2, EventKind.CALLS, "increment()", "", ""),
            new InterleavingEvent(2, EventKind.READS, "Counter.count", "0", "Counter.java:7"),
            new InterleavingEvent(2, EventKind.WRITES, "Counter.count", "1", "Counter.java:7"),
            new InterleavingEvent(1, EventKind.WRITES, "Counter.count", "1", "Counter.java:7"),
            new InterleavingEvent(0, EventKind.CALLS, "get()", "", "")), 0);

    private TaskEvidence evidence(List<RowVerdict> rows, List<SequentialStep> steps) {
        BankEvidence bank = new BankEvidence(rows, new SequentialCheck.Outcome(steps, null), List.of());
        return Fixtures.evidence(6, parameters,
                Map.of(BankPlan.CALL, new Fixtures.Call("model checking", 3000).returned(bank).build()));
    }

    private static List<RowVerdict> passing() {
        List<RowVerdict> rows = new ArrayList<>();
        for (ModelCheck check : ModelCheck.values()) {
            rows.add(new RowVerdict(check, 1, null, null, null));
        }
        return rows;
    }

    @Test
    void everyRowPassesWhenTheModelCheckerFoundNothingAndEveryStepMatches() {
        TaskEvidence e = evidence(passing(), List.of(new SequentialStep(BankOp.of("total"), OpResult.value(10),
                OpResult.value(10))));
        assertThatCode(() -> {
            rubric.incrementsAreNeverLost(e);
            rubric.moneyIsNeitherCreatedNorDestroyed(e);
            rubric.oppositeTransfersFinish(e);
            rubric.totalIsASnapshot(e);
            rubric.oneThreadFollowsTheContract(e);
        }).doesNotThrowAnyException();
    }

    @Test
    void aLostIncrementIsToldStepByStepInBothLanguages() {
        List<RowVerdict> rows = passing();
        rows.set(0, new RowVerdict(ModelCheck.COUNTER, 1, LOST_UPDATE, null, null));
        TaskEvidence e = evidence(rows, List.of());

        assertThatThrownBy(() -> rubric.incrementsAreNeverLost(e)).isInstanceOfSatisfying(RubricFailure.class, f -> {
            assertThat(f.feedback().in(Language.EN))
                    .startsWith("Increments were lost: after 2 increments from 2 threads, get() returned 1.")
                    .contains("thread 1 reads Counter.count = 0 (Counter.java:7)\n"
                            + "    thread 2 calls increment()\n"
                            + "    thread 2 reads Counter.count = 0 (Counter.java:7)\n"
                            + "    thread 2 writes 1 to Counter.count (Counter.java:7)\n"
                            + "    thread 1 writes 1 to Counter.count (Counter.java:7)\n"
                            + "    then calls get()")
                    .contains("Hint: count++ is a read and then a write");
            assertThat(f.feedback().in(Language.RU))
                    .startsWith("Увеличения потерялись: после 2 увеличений из 2 потоков get() вернул 1.")
                    .contains("поток 1 читает Counter.count = 0 (Counter.java:7)")
                    .contains("поток 2 записывает 1 в Counter.count (Counter.java:7)")
                    .contains("затем вызывает get()")
                    .contains("состояние гонки");
        });
    }

    @Test
    void aFailureOtherThanAHangDoesNotCostTheDeadlockRow() {
        List<RowVerdict> rows = passing();
        rows.set(2, new RowVerdict(ModelCheck.DEADLOCK, 1, LOST_UPDATE, null, null));
        assertThatCode(() -> rubric.oppositeTransfersFinish(evidence(rows, List.of()))).doesNotThrowAnyException();
    }

    @Test
    void aDeadlockNamesBothTransfers() {
        BankScenario opposite = new BankScenario(List.of(), List.of(List.of(BankOp.of("transfer", 0, 1, 5)),
                List.of(BankOp.of("transfer", 1, 0, 7))), List.of());
        ScenarioFailure hang = new ScenarioFailure(FailureKind.DEADLOCK, opposite,
                List.of(List.of(OpResult.hung()), List.of(OpResult.hung())), List.of(), List.of(
                new InterleavingEvent(1, EventKind.LOCKS, "synchronized", "", "Bank.java:9"),
                new InterleavingEvent(2, EventKind.LOCKS, "synchronized", "", "Bank.java:9"),
                new InterleavingEvent(2, EventKind.WAITS_FOR_LOCK, "synchronized", "", "Bank.java:10"),
                new InterleavingEvent(1, EventKind.WAITS_FOR_LOCK, "synchronized", "", "Bank.java:10")), 0);
        List<RowVerdict> rows = passing();
        rows.set(2, new RowVerdict(ModelCheck.DEADLOCK, 1, hang, null, null));

        assertThatThrownBy(() -> rubric.oppositeTransfersFinish(evidence(rows, List.of())))
                .isInstanceOfSatisfying(RubricFailure.class, f -> {
                    assertThat(f.feedback().in(Language.EN))
                            .startsWith("A deadlock: transfer(0, 1, 5) and transfer(1, 0, 7), run at the same time")
                            .contains("thread 2 tries to enter synchronized (Bank.java:10) and waits")
                            .contains("thread 1: transfer(0, 1, 5) → never finished");
                    assertThat(f.feedback().in(Language.RU))
                            .startsWith("Взаимная блокировка: transfer(0, 1, 5) и transfer(1, 0, 7)")
                            .contains("поток 1: transfer(0, 1, 5) → не завершился");
                });
    }

    @Test
    void theFirstOneThreadCallThatDiffersIsToldWithTheCallsBeforeIt() {
        List<SequentialStep> steps = List.of(
                new SequentialStep(BankOp.of("deposit", 0, 5), OpResult.ofVoid(), OpResult.ofVoid()),
                new SequentialStep(BankOp.of("transfer", 0, 1, 999), OpResult.threw(new IllegalStateException()),
                        OpResult.threw(new IllegalArgumentException())),
                new SequentialStep(BankOp.of("deposit", 0, -1), OpResult.threw(new IllegalArgumentException()),
                        OpResult.ofVoid()));

        assertThatThrownBy(() -> rubric.oneThreadFollowsTheContract(evidence(passing(), steps)))
                .isInstanceOfSatisfying(RubricFailure.class, f -> {
                    assertThat(f.feedback().in(Language.EN)).startsWith("On one thread, transfer(0, 1, 999) should "
                            + "throw IllegalStateException, but it threw IllegalArgumentException.")
                            .contains("deposit(0, 5) → done").contains("Hint: a balance smaller than the amount");
                    assertThat(f.feedback().in(Language.RU)).startsWith("В одном потоке transfer(0, 1, 999) должен "
                            + "выбросить IllegalStateException, а он выбросил IllegalArgumentException.");
                });
    }

    @Test
    void aBrokenRowSaysWhyAndPointsAtTheSkeleton() {
        List<RowVerdict> rows = passing();
        rows.set(1, new RowVerdict(ModelCheck.MONEY, 1, null,
                "new Bank(0, 0, 0) threw java.lang.UnsupportedOperationException: TODO", null));
        assertThatThrownBy(() -> rubric.moneyIsNeitherCreatedNorDestroyed(evidence(rows, List.of())))
                .hasMessageContaining("could not use your classes: new Bank(0, 0, 0) threw")
                .hasMessageContaining("still the skeleton");
    }

    @Test
    void aModelCheckerThatCouldNotRunIsSaidToBeTheGradersProblem() {
        List<RowVerdict> rows = passing();
        rows.set(3, new RowVerdict(ModelCheck.SNAPSHOT, 1, null, null, "IllegalStateException: Error during attachment"));
        assertThatThrownBy(() -> rubric.totalIsASnapshot(evidence(rows, List.of())))
                .hasMessageContaining("not a fault of your code")
                .isInstanceOfSatisfying(RubricFailure.class, f -> assertThat(f.feedback().in(Language.RU))
                        .contains("не ошибка вашего кода"));
    }
}
