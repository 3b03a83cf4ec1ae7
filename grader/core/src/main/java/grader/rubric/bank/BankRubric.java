package grader.rubric.bank;

import grader.probe.calls.bank.BankEvidence;
import grader.probe.calls.bank.BankOp;
import grader.probe.calls.bank.BankScenario;
import grader.probe.calls.bank.FailureKind;
import grader.probe.calls.bank.ModelCheck;
import grader.probe.calls.bank.OpResult;
import grader.probe.calls.bank.RowVerdict;
import grader.probe.calls.bank.ScenarioFailure;
import grader.probe.calls.bank.SequentialStep;
import grader.probe.evidence.CallEvidence;
import grader.rubric.Check;
import grader.rubric.Feedback;
import grader.rubric.Rubric;
import grader.rubric.RubricFailure;
import grader.rubric.TaskEvidence;
import grader.text.Localized;
import grader.text.Message;
import java.util.List;
import java.util.Set;

/**
 * Task 6, {@code homework.bank.Counter} and {@code homework.bank.Bank} (25 points). Rows 6.1 to 6.4 read the
 * model checker's verdicts (each a search over every interleaving it reaches, the same on every run), row 6.5 one
 * thread's calls beside the grader's sequential bank.
 */
@Rubric
public class BankRubric {

    @Check(id = "6.1", points = 5, value = "`Counter`: increments from several threads are never lost: the count "
            + "read after they have finished is their number, under every interleaving explored")
    void incrementsAreNeverLost(TaskEvidence evidence) {
        row(evidence, ModelCheck.COUNTER, failure -> Feedback.because(Message.of("rubric.bank.lost-increments",
                        "increments", increments(failure.scenario()), "threads", failure.scenario().threads().size(),
                        "got", failure.postResults().isEmpty() ? "?" : Interleaving.result(failure.postResults().get(0))))
                .hint(Message.of("rubric.bank.counter-hint")));
    }

    @Check(id = "6.2", points = 5, value = "`Bank`: concurrent transfers and deposits never create or destroy "
            + "money: once they have finished, every balance is what the grader's sequential bank gives")
    void moneyIsNeitherCreatedNorDestroyed(TaskEvidence evidence) {
        row(evidence, ModelCheck.MONEY, failure -> {
            List<Long> expected = Expectations.finalBalances(failure.scenario());
            for (int account = 0; account < failure.postResults().size() && account < expected.size(); account++) {
                OpResult got = failure.postResults().get(account);
                if (!got.equals(OpResult.value(expected.get(account)))) {
                    return Feedback.because(Message.of("rubric.bank.money-changed", "account", account,
                                    "got", Interleaving.result(got), "expected", Long.toString(expected.get(account))))
                            .hint(Message.of("rubric.bank.money-hint"));
                }
            }
            return Feedback.because(Message.of("rubric.bank.no-order")).hint(Message.of("rubric.bank.money-hint"));
        });
    }

    @Check(id = "6.3", points = 6, value = "`Bank`: no deadlock: transfers in opposite directions between the same "
            + "accounts at the same time always finish")
    void oppositeTransfersFinish(TaskEvidence evidence) {
        row(evidence, ModelCheck.DEADLOCK, failure -> Feedback.because(Message.of(
                        failure.kind() == FailureKind.DEADLOCK ? "rubric.bank.deadlock" : "rubric.bank.livelock",
                        "calls", Interleaving.calls(failure.scenario())))
                .hint(Message.of(failure.kind() == FailureKind.DEADLOCK ? "rubric.bank.deadlock-hint"
                        : "rubric.bank.livelock-hint")));
    }

    @Check(id = "6.4", points = 4, value = "`Bank`: `total()` read during concurrent transfers and deposits always "
            + "returns a total that some one-at-a-time order of those calls would give (a consistent snapshot)")
    void totalIsASnapshot(TaskEvidence evidence) {
        row(evidence, ModelCheck.SNAPSHOT, failure -> {
            Set<Long> possible = Expectations.possibleTotals(failure.scenario());
            for (List<OpResult> thread : failure.threadResults()) {
                for (OpResult result : thread) {
                    if (result.kind() == OpResult.Kind.VALUE && !possible.contains(Long.parseLong(result.value()))) {
                        return Feedback.because(Message.of("rubric.bank.inconsistent-total", "got", result.value(),
                                        "possible", Expectations.list(possible)))
                                .hint(Message.of("rubric.bank.total-hint"));
                    }
                }
            }
            return Feedback.because(Message.of("rubric.bank.no-order")).hint(Message.of("rubric.bank.total-hint"));
        });
    }

    @Check(id = "6.5", points = 5, value = "one thread: balances after a sequence of deposits and transfers, the "
            + "`IllegalStateException` for a balance too small (nothing changed), and the "
            + "`IllegalArgumentException`s of `transfer` and `deposit` (the constructor's and `balance`'s checks are "
            + "good practice, not graded)")
    void oneThreadFollowsTheContract(TaskEvidence evidence) {
        BankEvidence bank = bankEvidence(evidence);
        String start = BankPlan.arguments(evidence.parameters().random(6)).startBalances().stream()
                .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        if (bank.sequential().constructorThrew() != null) {
            throw Feedback.because(Message.of("rubric.bank.constructor-threw", "balances", start,
                            "result", Interleaving.result(bank.sequential().constructorThrew())))
                    .hint(skeletonHint(bank.sequential().constructorThrew()))
                    .failure();
        }
        List<SequentialStep> steps = bank.sequential().steps();
        for (int i = 0; i < steps.size(); i++) {
            SequentialStep step = steps.get(i);
            if (step.matches()) {
                continue;
            }
            Feedback feedback = Feedback.because(Message.of("rubric.bank.step-differs", "call", step.op().describe(),
                    "expected", Interleaving.should(step.expected()), "got", Interleaving.did(step.actual())));
            feedback.evidence(Localized.of("rubric.bank.after", "balances", start));
            for (SequentialStep before : steps.subList(Math.max(0, i - 6), i)) {
                feedback.evidence(Localized.of("rubric.bank.call-gave", "call", before.op().describe(),
                        "result", Interleaving.result(before.actual())));
            }
            throw feedback.hint(sequentialHint(step)).failure();
        }
    }

    private interface Failing {
        Feedback feedback(ScenarioFailure failure);
    }

    /** Passes the row, or fails it with the feedback for its failure, the scenario and the interleaving. */
    private static void row(TaskEvidence evidence, ModelCheck check, Failing failing) {
        RowVerdict verdict = bankEvidence(evidence).row(check);
        if (verdict == null) {
            throw Feedback.because(Message.of("rubric.bank.not-run")).failure();
        }
        if (verdict.checkerFailed() != null) {
            throw Feedback.because(Message.of("rubric.bank.checker-failed", "reason", verdict.checkerFailed()))
                    .failure();
        }
        if (verdict.broken() != null) {
            throw Feedback.because(Message.of("rubric.bank.broken", "reason", verdict.broken()))
                    .hint(verdict.broken().contains("UnsupportedOperationException")
                            ? Localized.of("rubric.common.skeleton") : Localized.NONE)
                    .failure();
        }
        ScenarioFailure failure = verdict.failure();
        if (failure == null) {
            return;
        }
        // 6.3 grades hangs only: its scenarios' results are not compared (another row's business)
        if (check == ModelCheck.DEADLOCK && !hangs(failure.kind())) {
            return;
        }
        Feedback feedback = threw(failure);
        if (feedback == null) {
            feedback = failing.feedback(failure);
        }
        throw feedback.evidence(Interleaving.of(failure)).failure();
    }

    /** An operation that threw (the skeleton's TODO, a stray exception) is told first: it explains the rest. */
    private static Feedback threw(ScenarioFailure failure) {
        for (int t = 0; t < failure.threadResults().size(); t++) {
            List<OpResult> results = failure.threadResults().get(t);
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).kind() == OpResult.Kind.THREW) {
                    BankOp op = failure.scenario().threads().get(t).get(i);
                    return Feedback.because(Message.of("rubric.bank.op-threw", "call", op.describe(),
                                    "exception", results.get(i).value()))
                            .hint(skeletonHint(results.get(i)));
                }
            }
        }
        return null;
    }

    private static boolean hangs(FailureKind kind) {
        return kind == FailureKind.DEADLOCK || kind == FailureKind.LIVELOCK || kind == FailureKind.TIMEOUT;
    }

    private static Localized skeletonHint(OpResult result) {
        return result.value().equals("UnsupportedOperationException") ? Localized.of("rubric.common.skeleton")
                : Localized.NONE;
    }

    private static Message sequentialHint(SequentialStep step) {
        if (step.expected().kind() == OpResult.Kind.THREW) {
            return Message.of("IllegalStateException".equals(step.expected().value())
                    ? "rubric.bank.state-hint" : "rubric.bank.argument-hint");
        }
        return Message.of("rubric.bank.balances-hint");
    }

    private static int increments(BankScenario scenario) {
        return (int) scenario.threads().stream().flatMap(List::stream)
                .filter(op -> op.name().equals("increment")).count();
    }

    static BankEvidence bankEvidence(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(BankPlan.CALL));
        return call.returned(BankEvidence.class).orElseThrow(
                () -> new RubricFailure(Localized.of("rubric.bank.no-evidence")));
    }
}
