package grader.probe.calls.bank;

import grader.probe.evidence.ReturnedValue;
import java.util.ArrayList;
import java.util.List;

/**
 * What task 6's call found: a verdict per model-checked row (6.1 to 6.4) and the one-thread check (6.5).
 *
 * @param rows one verdict per {@link ModelCheck}, in the plan's order
 * @param sequential row 6.5's calls and results
 * @param checkNanos how long each row's model checking took, in the order of {@code rows} (for the report only)
 */
public record BankEvidence(List<RowVerdict> rows, SequentialCheck.Outcome sequential, List<Long> checkNanos)
        implements ReturnedValue {

    public BankEvidence {
        rows = new ArrayList<>(rows);
        checkNanos = new ArrayList<>(checkNanos);
    }

    /** The verdict of one row, or null if it was not run. */
    public RowVerdict row(ModelCheck check) {
        return rows.stream().filter(r -> r.check() == check).findFirst().orElse(null);
    }
}
