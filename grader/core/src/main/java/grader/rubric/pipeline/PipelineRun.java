package grader.rubric.pipeline;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.PrintedLine;
import grader.probe.calls.pipeline.PipelineResult;
import grader.probe.calls.pipeline.PipelineThread;
import grader.probe.calls.pipeline.QueueEvent;
import grader.rubric.Feedback;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call of {@code Pipeline.run} as the checks read it: what went through the queue, which lines say
 * {@code consumed <item>}, who the producers and consumers were.
 *
 * @param call the call's evidence
 * @param result what the probe recorded of the pipeline
 * @param batches the batches it was given
 * @param consumers the consumers it was asked for
 */
record PipelineRun(CallEvidence call, PipelineResult result, List<List<String>> batches, int consumers) {

    private static final Pattern CONSUMED = Pattern.compile("consumed (\\S+)");

    /** The run of a call that returned, or the check fails with the reason it did not. */
    static PipelineRun of(CallEvidence call, List<List<String>> batches, int consumers) {
        Feedback.returned(call);
        PipelineResult result = call.returned(PipelineResult.class).orElseThrow(
                () -> new IllegalStateException("no pipeline evidence in " + call.call()));
        return new PipelineRun(call, result, batches, consumers);
    }

    Set<String> items() {
        Set<String> items = new LinkedHashSet<>();
        batches.forEach(items::addAll);
        return items;
    }

    /** The item a {@code consumed <x>} line names, if it is such a line. */
    static Optional<String> consumedItem(PrintedLine line) {
        Matcher m = CONSUMED.matcher(line.text().strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    List<PrintedLine> consumedLines() {
        return call.lines().stream().filter(l -> consumedItem(l).isPresent()).toList();
    }

    /** Every successful insertion of an item (not of a control value), in the queue's order. */
    List<QueueEvent> itemPuts() {
        Set<String> items = items();
        return result.events().stream().filter(e -> e.inserted() && items.contains(e.value())).toList();
    }

    /** Every successful removal, of an item or of a control value, in the queue's order. */
    List<QueueEvent> removals() {
        return result.events().stream().filter(QueueEvent::removed).toList();
    }

    /** The threads that took at least one item out of the queue. */
    Set<Long> consumerThreads() {
        Set<String> items = items();
        Set<Long> ids = new LinkedHashSet<>();
        removals().stream().filter(e -> items.contains(e.value())).forEach(e -> ids.add(e.threadId()));
        return ids;
    }

    /** The name of a thread of the call, from the queue's log or the printed lines. */
    String threadName(long id) {
        return result.events().stream().filter(e -> e.threadId() == id).map(QueueEvent::threadName).findFirst()
                .or(() -> call.lines().stream().filter(l -> l.threadId() == id).map(PrintedLine::threadName)
                        .findFirst())
                .or(() -> result.threads().stream().filter(t -> t.id() == id).map(PipelineThread::name).findFirst())
                .orElse("#" + id);
    }

    /** How many times each element occurs in the returned list (after the pipeline settled), in first order. */
    Map<String, Integer> returnedCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        result.settled().forEach(x -> counts.merge(String.valueOf(x), 1, Integer::sum));
        return counts;
    }

    /** How many {@code consumed} lines name each element, in first order. */
    Map<String, List<PrintedLine>> consumedByItem() {
        Map<String, List<PrintedLine>> by = new LinkedHashMap<>();
        for (PrintedLine line : consumedLines()) {
            by.computeIfAbsent(consumedItem(line).orElseThrow(), k -> new ArrayList<>()).add(line);
        }
        return by;
    }
}
