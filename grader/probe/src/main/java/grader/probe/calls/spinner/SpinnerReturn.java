package grader.probe.calls.spinner;

import grader.probe.evidence.ReturnedValue;

/**
 * Task 5: what {@code withSpinner} returned, and what the grader's work saw of its run.
 *
 * @param work the grader's work: which thread ran it, and when
 * @param isWorkResult whether the returned object is the very object the work returned (identity, not equality)
 * @param shown what was returned, for feedback: {@code null}, or its class and text (shortened)
 */
public record SpinnerReturn(WorkRun work, boolean isWorkResult, String shown) implements ReturnedValue {}
