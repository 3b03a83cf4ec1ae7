package grader.rubric.bank;

import grader.probe.calls.bank.BankOp;
import grader.probe.calls.bank.BankScenario;
import grader.probe.calls.bank.InterleavingEvent;
import grader.probe.calls.bank.OpResult;
import grader.probe.calls.bank.ScenarioFailure;
import grader.text.Localized;
import grader.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells a failed scenario in the student's terms, in every language: what each thread ran, what it got, and the
 * interleaving step by step ("thread 1 read Counter.count = 0", "thread 2 read Counter.count = 0", ...), one
 * catalog entry per kind of step.
 */
final class Interleaving {

    /** Enough steps to follow a race in these small scenarios; the rest is counted. */
    static final int SHOWN = 40;

    private Interleaving() {}

    /** The scenario, its results, then the steps. */
    static List<Localized> of(ScenarioFailure failure) {
        List<Localized> lines = new ArrayList<>();
        boolean hang = failure.kind() != grader.probe.calls.bank.FailureKind.WRONG_RESULTS;
        lines.add(Localized.of(hang ? "rubric.bank.ran-hang" : "rubric.bank.ran", "threads",
                failure.scenario().threads().size()));
        for (int t = 0; t < failure.scenario().threads().size(); t++) {
            lines.add(Localized.of("rubric.bank.thread-ran", "thread", t + 1, "calls",
                    results(failure.scenario().threads().get(t),
                            t < failure.threadResults().size() ? failure.threadResults().get(t) : List.of())));
        }
        if (!failure.scenario().post().isEmpty()) {
            lines.add(Localized.of("rubric.bank.then-ran", "calls",
                    results(failure.scenario().post(), failure.postResults())));
        }
        lines.add(Localized.of("rubric.bank.steps"));
        List<InterleavingEvent> events = failure.interleaving();
        // after the threads, only what was called and read matters: its locks are taken alone
        events = events.stream().filter(e -> e.thread() > 0
                || e.kind() != grader.probe.calls.bank.EventKind.LOCKS
                && e.kind() != grader.probe.calls.bank.EventKind.UNLOCKS).toList();
        for (InterleavingEvent event : events.subList(0, Math.min(SHOWN, events.size()))) {
            lines.add(step(event));
        }
        int more = Math.max(0, events.size() - SHOWN) + failure.omitted();
        if (more > 0) {
            lines.add(Localized.of("rubric.common.more-lines", "count", more));
        }
        return lines;
    }

    /** {@code transfer(0, 1, 10) → done, total() → 3005}, each result in the reader's language. */
    static Localized results(List<BankOp> ops, List<OpResult> results) {
        List<Localized> parts = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            OpResult result = i < results.size() ? results.get(i) : OpResult.hung();
            parts.add(Localized.of("rubric.bank.call-gave", "call", ops.get(i).describe(), "result", result(result)));
        }
        return Localized.join(", ", parts);
    }

    static Localized result(OpResult result) {
        return switch (result.kind()) {
            case VALUE -> Localized.verbatim(result.value());
            case VOID -> Localized.of("rubric.bank.result.void");
            case THREW -> Localized.of("rubric.bank.result.threw", "exception", result.value());
            case HUNG -> Localized.of("rubric.bank.result.hung");
        };
    }

    /** What a call did, for a sentence: {@code returned 5}, {@code threw IllegalStateException}. */
    static Localized did(OpResult result) {
        return switch (result.kind()) {
            case VALUE -> Localized.of("rubric.bank.did.return", "value", result.value());
            case VOID -> Localized.of("rubric.bank.did.finish");
            case THREW -> Localized.of("rubric.bank.did.throw", "exception", result.value());
            case HUNG -> Localized.of("rubric.bank.did.hang");
        };
    }

    /** What a call should do, for a sentence: {@code return 5}, {@code throw IllegalStateException}. */
    static Localized should(OpResult result) {
        return switch (result.kind()) {
            case VALUE -> Localized.of("rubric.bank.should.return", "value", result.value());
            case THREW -> Localized.of("rubric.bank.should.throw", "exception", result.value());
            case VOID, HUNG -> Localized.of("rubric.bank.should.finish");
        };
    }

    static Localized step(InterleavingEvent event) {
        String key = "rubric.bank.step." + event.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + (event.subject().equals("synchronized") ? "-monitor" : "");
        Localized where = event.line().isEmpty() ? Localized.NONE
                : Localized.of("rubric.bank.step.at", "line", event.line());
        return Localized.of(key, "thread", event.thread(), "subject", event.subject(), "value", event.value(),
                "at", where);
    }

    /** {@code transfer(0, 1, 10) and transfer(1, 0, 5)}: each thread's calls, for a sentence. */
    static Localized calls(BankScenario scenario) {
        List<String> threads = scenario.threads().stream()
                .map(t -> t.stream().map(BankOp::describe).collect(Collectors.joining(", "))).toList();
        if (threads.size() < 2) {
            return Localized.verbatim(String.join("", threads));
        }
        return Localized.of("rubric.common.and", "init", String.join(", ", threads.subList(0, threads.size() - 1)),
                "last", threads.get(threads.size() - 1));
    }
}
