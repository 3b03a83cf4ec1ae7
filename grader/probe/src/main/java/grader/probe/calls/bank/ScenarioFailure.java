package grader.probe.calls.bank;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario that failed, with the interleaving that shows it.
 *
 * @param kind how it failed
 * @param scenario the scenario
 * @param threadResults what each thread's operations gave, in the scenario's order
 * @param postResults what the operations after the threads gave
 * @param interleaving the steps that led there, in the order they ran
 * @param omitted how many further steps were left out of {@code interleaving} to keep it short
 */
public record ScenarioFailure(FailureKind kind, BankScenario scenario, List<List<OpResult>> threadResults,
        List<OpResult> postResults, List<InterleavingEvent> interleaving, int omitted) implements Serializable {

    public ScenarioFailure {
        List<List<OpResult>> copy = new ArrayList<>();
        for (List<OpResult> thread : threadResults) {
            copy.add(new ArrayList<>(thread));
        }
        threadResults = copy;
        postResults = new ArrayList<>(postResults);
        interleaving = new ArrayList<>(interleaving);
    }
}
