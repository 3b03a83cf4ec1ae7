package grader.rubric.pipeline;

import grader.probe.calls.pipeline.FirstTakesFact;
import grader.probe.calls.pipeline.HeldPutFact;
import grader.probe.calls.pipeline.PipelineResult;
import grader.probe.calls.pipeline.PipelineThread;
import grader.probe.calls.pipeline.QueueEvent;
import grader.probe.calls.pipeline.QueueOp;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Outcome;
import grader.probe.evidence.PrintedLine;
import grader.probe.evidence.ThreadFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Hand-made evidence of one {@code Pipeline.run} call: a correct run to start from ({@link #correct}), which a test
 * then spoils in one way. Thread ids: the caller 1, producer of batch b {@code 10 + b}, consumer j {@code 20 + j}.
 */
final class PipelineEvidence {

    static final long CALLER = 1;

    record Event(QueueOp op, long thread, double atMillis, String value, boolean succeeded) {}

    record Line(long thread, double atMillis, String text) {}

    final List<List<String>> batches;
    final int consumers;
    private final List<Event> events = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final Map<Long, PipelineThread> threads = new LinkedHashMap<>();
    private List<String> settled = new ArrayList<>();
    private double returnedAtMillis;
    private long latenessMillis = 5;
    private HeldPutFact heldPut;
    private FirstTakesFact firstTakes = new FirstTakesFact(1_000_000, 2_000_000, false, List.of(20L, 21L));

    private PipelineEvidence(List<List<String>> batches, int consumers) {
        this.batches = batches;
        this.consumers = consumers;
    }

    static String name(long thread) {
        return thread == CALLER ? "main" : thread >= 20 ? "consumer-" + (thread - 20) : "producer-" + (thread - 10);
    }

    /**
     * A correct run: the batches' items put round-robin by their producers, taken in that order by the consumers
     * in turn, a round of {@code consumers} items every {@code workMillis}, each printed a {@code workMillis} after
     * its take; then one pill per consumer from the caller; every thread ended before the return.
     */
    static PipelineEvidence correct(List<List<String>> batches, int consumers, long workMillis) {
        var e = new PipelineEvidence(batches, consumers);
        List<String> order = new ArrayList<>();
        List<Long> producerOf = new ArrayList<>();
        int longest = batches.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (int b = 0; b < batches.size(); b++) {
                if (i < batches.get(b).size()) {
                    order.add(batches.get(b).get(i));
                    producerOf.add(10L + b);
                }
            }
        }
        double last = 2;
        for (int k = 0; k < order.size(); k++) {
            long consumer = 20 + k % consumers;
            double take = 2 + (k / consumers) * (double) workMillis + 0.01 * (k % consumers);
            e.event(QueueOp.PUT, producerOf.get(k), take - 0.5, order.get(k), true);
            e.event(QueueOp.TAKE, consumer, take, order.get(k), true);
            e.line(consumer, take + workMillis, "consumed " + order.get(k));
            e.settled.add(order.get(k));
            last = Math.max(last, take + workMillis);
        }
        for (int j = 0; j < consumers; j++) {
            e.event(QueueOp.PUT, CALLER, last + 0.1, "#pill", true);
            e.event(QueueOp.TAKE, 20 + j, last + 0.2, "#pill", true);
        }
        e.returnedAtMillis = last + 1;
        for (int b = 0; b < batches.size(); b++) {
            if (!batches.get(b).isEmpty()) {
                e.thread(10 + b, false, -1);
            }
        }
        for (int j = 0; j < consumers; j++) {
            e.thread(20 + j, false, -1);
        }
        return e;
    }

    PipelineEvidence event(QueueOp op, long thread, double atMillis, String value, boolean succeeded) {
        events.add(new Event(op, thread, atMillis, value, succeeded));
        return this;
    }

    PipelineEvidence line(long thread, double atMillis, String text) {
        lines.add(new Line(thread, atMillis, text));
        return this;
    }

    /** A thread of the call as the watch after the return saw it ({@code endedAtMillis} -1: never ended). */
    PipelineEvidence thread(long id, boolean aliveAtReturn, double endedAtMillis) {
        threads.put(id, new PipelineThread(id, name(id), true, aliveAtReturn,
                endedAtMillis < 0 ? -1 : (long) (endedAtMillis * 1_000_000)));
        return this;
    }

    PipelineEvidence settled(UnaryOperator<List<String>> change) {
        settled = change.apply(new ArrayList<>(settled));
        return this;
    }

    /** Changes every event (and line) that {@code change} maps; null drops it. */
    PipelineEvidence events(UnaryOperator<Event> change) {
        List<Event> changed = events.stream().map(change).filter(java.util.Objects::nonNull).toList();
        events.clear();
        events.addAll(changed);
        return this;
    }

    /** Moves the consumer of every item to {@code thread}, one item after another ({@code workMillis} each). */
    PipelineEvidence oneConsumer(long thread, long workMillis) {
        List<Event> moved = new ArrayList<>();
        List<Line> movedLines = new ArrayList<>();
        double at = 2;
        for (Event ev : events) {
            if (ev.op() == QueueOp.TAKE && !ev.value().startsWith("#")) {
                moved.add(new Event(QueueOp.TAKE, thread, at, ev.value(), true));
                movedLines.add(new Line(thread, at + workMillis, "consumed " + ev.value()));
                at += workMillis;
            } else if (ev.op() == QueueOp.PUT && !ev.value().startsWith("#")) {
                moved.add(ev);
            }
        }
        moved.add(new Event(QueueOp.PUT, CALLER, at + 0.1, "#pill", true));
        moved.add(new Event(QueueOp.TAKE, thread, at + 0.2, "#pill", true));
        events.clear();
        events.addAll(moved);
        lines.clear();
        lines.addAll(movedLines);
        threads.keySet().removeIf(id -> id >= 20 && id != thread);
        returnedAtMillis = at + 1;
        return this;
    }

    PipelineEvidence returnedAt(double millis) {
        returnedAtMillis = millis;
        return this;
    }

    double returnedAtMillis() {
        return returnedAtMillis;
    }

    PipelineEvidence lateness(long millis) {
        latenessMillis = millis;
        return this;
    }

    PipelineEvidence heldPut(HeldPutFact fact) {
        heldPut = fact;
        return this;
    }

    PipelineEvidence firstTakes(FirstTakesFact fact) {
        firstTakes = fact;
        return this;
    }

    CallEvidence build() {
        List<Event> sorted = events.stream().sorted(Comparator.comparingDouble(Event::atMillis)).toList();
        List<QueueEvent> queue = new ArrayList<>();
        for (Event ev : sorted) {
            long at = (long) (ev.atMillis() * 1_000_000);
            queue.add(new QueueEvent(queue.size(), ev.op(), ev.thread(), name(ev.thread()), at, at, ev.value(),
                    ev.succeeded()));
        }
        List<PrintedLine> printed = new ArrayList<>();
        lines.stream().sorted(Comparator.comparingDouble(Line::atMillis)).forEach(l -> printed.add(new PrintedLine(
                printed.size(), l.thread(), name(l.thread()), (long) (l.atMillis() * 1_000_000), l.text(), true)));
        List<ThreadFact> printers = printed.stream().map(PrintedLine::threadId).distinct()
                .map(t -> new ThreadFact(t, name(t), t == CALLER, false)).toList();
        long returned = (long) (returnedAtMillis * 1_000_000);
        var result = new PipelineResult(settled, settled, "java.util.ArrayList", returned, queue, 0,
                List.copyOf(threads.values()), firstTakes, heldPut);
        return new CallEvidence("Pipeline.run(" + batches + ", queue, " + consumers + ", Duration.ofMillis(100))",
                Outcome.RETURNED, returned, null, CALLER, printed, printers, List.of(), result, null, "", "",
                latenessMillis * 1_000_000);
    }

    /** The run the checks read. */
    PipelineRun run() {
        return PipelineRun.of(build(), batches, consumers);
    }
}
