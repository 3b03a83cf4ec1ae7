package grader.rubric.pipeline;

import grader.probe.calls.pipeline.FirstTakesFact;
import grader.probe.calls.pipeline.HeldPutFact;
import grader.probe.calls.pipeline.PipelineThread;
import grader.probe.calls.pipeline.QueueEvent;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.PrintedLine;
import grader.rubric.Check;
import grader.rubric.Feedback;
import grader.rubric.Lines;
import grader.rubric.ListDiff;
import grader.rubric.Millis;
import grader.rubric.Names;
import grader.rubric.Parameters;
import grader.rubric.Rubric;
import grader.rubric.TaskEvidence;
import grader.text.Localized;
import grader.text.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Task 7, {@code homework.pipeline.Pipeline} (25 points). Every verdict is read from what the grader's queue
 * recorded (who put and took what, in one order) and from the printed lines; only rows 7.3 and 7.5 measure time,
 * in units of {@code workTime}, on calls the engine makes again while the machine disturbs them.
 */
@Rubric
public class PipelineRubric {

    @Check(id = "7.1", points = 6, value = "every item is processed exactly once: the returned list holds each item "
            + "once, and each has one `consumed` line")
    void everyItemOnce(TaskEvidence evidence) {
        PipelineInputs in = PipelinePlan.inputs(evidence.parameters());
        exactlyOnce(PipelineRun.of(evidence.call(PipelinePlan.RUN), in.batches(), in.consumers()));
        exactlyOnce(PipelineRun.of(evidence.call(PipelinePlan.HELD), in.batches(), in.consumers()));
        exactlyOnce(fewItems(evidence));
    }

    @Check(id = "7.2", points = 5, value = "one producer thread per non-empty batch put that batch's items through "
            + "`queue` (any of its methods), in the batch's order; no producer is the caller or a consumer")
    void producerPerBatch(TaskEvidence evidence) {
        PipelineInputs in = PipelinePlan.inputs(evidence.parameters());
        producers(PipelineRun.of(evidence.call(PipelinePlan.RUN), in.batches(), in.consumers()));
        producers(fewItems(evidence));
    }

    @Check(id = "7.3", points = 6, value = "`consumers` distinct threads (none the caller) printed the `consumed` "
            + "lines, at the same time: the run takes at most 1.5 × ⌈items / consumers⌉ × `workTime` plus a small "
            + "slack, not items × `workTime`")
    void consumersAtTheSameTime(TaskEvidence evidence) {
        PipelineInputs in = PipelinePlan.inputs(evidence.parameters());
        PipelineRun run = PipelineRun.of(evidence.call(PipelinePlan.RUN), in.batches(), in.consumers());
        distinctConsumers(run);
        withinRounds(run, in.rounds(), PipelinePlan.WORK_TIME);
    }

    @Check(id = "7.4", points = 4, value = "clean shutdown: nothing is consumed, printed or taken from `queue` after "
            + "`run` returns, and every producer and consumer thread has terminated by then (a grace much shorter "
            + "than `workTime`), also when there are more consumers than items")
    void cleanShutdown(TaskEvidence evidence) {
        PipelineInputs in = PipelinePlan.inputs(evidence.parameters());
        for (PipelineRun run : List.of(
                PipelineRun.of(evidence.call(PipelinePlan.RUN), in.batches(), in.consumers()), fewItems(evidence))) {
            nothingAfterReturn(run);
            threadsEnded(run, PipelinePlan.grace(PipelinePlan.WORK_TIME), true);
        }
    }

    @Check(id = "7.5", points = 4, value = "no batches, or only empty batches: an empty list within one `workTime`, "
            + "and no thread left")
    void emptyInput(TaskEvidence evidence) {
        Parameters p = evidence.parameters();
        int consumers = PipelinePlan.emptyConsumers(p);
        for (var input : List.of(Map.entry(PipelinePlan.NO_BATCHES, List.<List<String>>of()),
                Map.entry(PipelinePlan.EMPTY_BATCHES, PipelinePlan.emptyBatches()))) {
            PipelineRun run = PipelineRun.of(evidence.call(input.getKey()), input.getValue(), consumers);
            emptyListAtOnce(run, PipelinePlan.EMPTY_WORK_TIME);
            threadsEnded(run, PipelinePlan.grace(PipelinePlan.EMPTY_WORK_TIME), false);
        }
    }

    private static PipelineRun fewItems(TaskEvidence evidence) {
        return PipelineRun.of(evidence.call(PipelinePlan.FEW_ITEMS), PipelinePlan.fewItemsBatches(),
                PipelinePlan.fewItemsConsumers(evidence.parameters()));
    }

    // ---- 7.1

    static void exactlyOnce(PipelineRun run) {
        CallEvidence call = run.call();
        List<String> settled = run.result().settled();
        if (settled == null) {
            throw Feedback.because(Message.of("rubric.pipeline.not-a-list", "call", call.call(), "type",
                    String.valueOf(run.result().returnedType()))).failure();
        }
        Set<String> items = run.items();
        Map<String, Integer> counts = run.returnedCounts();
        List<String> missing = items.stream().filter(x -> !counts.containsKey(x)).toList();
        List<String> twice = counts.entrySet().stream().filter(e -> items.contains(e.getKey()) && e.getValue() > 1)
                .map(Map.Entry::getKey).toList();
        List<String> strangers = counts.keySet().stream().filter(x -> !items.contains(x)).toList();
        if (!missing.isEmpty()) {
            Feedback f = Feedback.because(Message.of("rubric.pipeline.missing", "call", call.call(), "count",
                    missing.size(), "items", ListDiff.shorten(missing)))
                    .evidence(Message.of("rubric.pipeline.returned", "list", ListDiff.shorten(settled)));
            heldPutStory(run, missing).ifPresent(f::evidence);
            throw f.hint(Message.of(run.result().heldPut() != null ? "rubric.pipeline.missing-held-hint"
                    : "rubric.pipeline.missing-hint")).failure();
        }
        if (!twice.isEmpty()) {
            throw Feedback.because(Message.of("rubric.pipeline.returned-twice", "call", call.call(), "items",
                            ListDiff.shorten(twice)))
                    .evidence(Message.of("rubric.pipeline.returned", "list", ListDiff.shorten(settled)))
                    .hint(Message.of("rubric.pipeline.returned-twice-hint")).failure();
        }
        if (!strangers.isEmpty()) {
            throw Feedback.because(Message.of("rubric.pipeline.returned-stranger", "call", call.call(), "values",
                            ListDiff.shorten(strangers)))
                    .hint(Message.of("rubric.pipeline.control-hint")).failure();
        }
        Map<String, List<PrintedLine>> lines = run.consumedByItem();
        for (String item : items) {
            List<PrintedLine> of = lines.getOrDefault(item, List.of());
            if (of.size() != 1) {
                throw Feedback.because(Message.of("rubric.pipeline.consumed-lines", "call", call.call(), "item", item,
                                "count", of.size()))
                        .evidence(Lines.showSome(of, 3))
                        .hint(Message.of(of.isEmpty() ? "rubric.pipeline.print-hint" : "rubric.pipeline.print-once-hint"))
                        .failure();
            }
        }
        lines.keySet().stream().filter(x -> !items.contains(x)).findFirst().ifPresent(x -> {
            throw Feedback.because(Message.of("rubric.pipeline.consumed-stranger", "call", call.call(), "value", x))
                    .evidence(Lines.show(lines.get(x).get(0)))
                    .hint(Message.of("rubric.pipeline.control-hint")).failure();
        });
    }

    /** What the held put and the consumers did: why items were lost in the held-put call. */
    private static Optional<Localized> heldPutStory(PipelineRun run, List<String> missing) {
        HeldPutFact held = run.result().heldPut();
        if (held == null || held.emptiedAtNanos() < 0) {
            return Optional.empty(); // the hold timed out: the queue never ran dry, so it is not why items were lost
        }
        long stopped = run.consumerThreads().stream()
                .mapToLong(id -> run.result().events().stream().filter(e -> e.threadId() == id)
                        .mapToLong(QueueEvent::endNanos).max().orElse(0))
                .max().orElse(0);
        return Optional.of(Localized.of("rubric.pipeline.held-story", "item", held.item(), "thread",
                held.threadName(), "from", Millis.of(held.heldFromNanos()), "to", Millis.of(held.releasedAtNanos()),
                "emptied", Millis.of(held.emptiedAtNanos()), "stopped", Millis.of(stopped), "missing", missing.size()));
    }

    // ---- 7.2

    static void producers(PipelineRun run) {
        CallEvidence call = run.call();
        List<QueueEvent> puts = run.itemPuts();
        Set<Long> consumers = run.consumerThreads();
        for (List<String> batch : run.batches()) {
            if (batch.isEmpty()) {
                continue;
            }
            List<QueueEvent> ofBatch = puts.stream().filter(e -> batch.contains(e.value())).toList();
            for (String item : batch) {
                long times = ofBatch.stream().filter(e -> e.value().equals(item)).count();
                if (times != 1) {
                    throw Feedback.because(Message.of("rubric.pipeline.put-count", "call", call.call(), "item", item,
                                    "count", times))
                            .hint(Message.of(times == 0 ? "rubric.pipeline.through-queue-hint"
                                    : "rubric.pipeline.put-once-hint")).failure();
                }
            }
            Set<Long> threads = new LinkedHashSet<>();
            ofBatch.forEach(e -> threads.add(e.threadId()));
            String batchText = batch.toString();
            if (threads.size() > 1) {
                throw Feedback.because(Message.of("rubric.pipeline.batch-by-several", "batch", batchText, "threads",
                                Names.of(threads.stream().map(run::threadName).toList())))
                        .evidence(showPuts(ofBatch))
                        .hint(Message.of("rubric.pipeline.producer-per-batch-hint")).failure();
            }
            long producer = threads.iterator().next();
            if (producer == call.callerThreadId()) {
                throw Feedback.because(Message.of("rubric.pipeline.caller-produced", "batch", batchText, "call",
                                call.call()))
                        .evidence(showPuts(ofBatch))
                        .hint(Message.of("rubric.pipeline.producer-per-batch-hint")).failure();
            }
            if (consumers.contains(producer)) {
                throw Feedback.because(Message.of("rubric.pipeline.consumer-produced", "batch", batchText, "thread",
                                run.threadName(producer)))
                        .hint(Message.of("rubric.pipeline.roles-hint")).failure();
            }
            List<String> order = ofBatch.stream().map(QueueEvent::value).toList();
            if (!order.equals(batch)) {
                throw Feedback.because(Message.of("rubric.pipeline.batch-order", "thread", run.threadName(producer),
                                "order", ListDiff.shorten(order), "batch", ListDiff.shorten(batch)))
                        .hint(Message.of("rubric.pipeline.order-hint")).failure();
            }
        }
    }

    private static List<Localized> showPuts(List<QueueEvent> puts) {
        return puts.stream().limit(4).map(e -> Localized.of("rubric.pipeline.put", "thread", e.threadName(), "item",
                e.value(), "op", e.op().name().toLowerCase(java.util.Locale.ROOT), "at", Millis.of(e.endNanos())))
                .toList();
    }

    // ---- 7.3

    static void distinctConsumers(PipelineRun run) {
        CallEvidence call = run.call();
        List<PrintedLine> consumed = run.consumedLines();
        consumed.stream().filter(l -> l.threadId() == call.callerThreadId()).findFirst().ifPresent(l -> {
            throw Feedback.because(Message.of("rubric.pipeline.caller-consumed", "call", call.call()))
                    .evidence(Lines.show(l))
                    .hint(Message.of("rubric.pipeline.consumers-hint", "consumers", run.consumers())).failure();
        });
        Set<Long> printers = new LinkedHashSet<>();
        consumed.forEach(l -> printers.add(l.threadId()));
        if (printers.size() != run.consumers()) {
            Feedback f = Feedback.because(Message.of("rubric.pipeline.consumer-count", "call", call.call(),
                    "consumers", run.consumers(), "printed", printers.size(), "threads",
                    Names.of(printers.stream().map(run::threadName).toList())));
            FirstTakesFact first = run.result().firstTakes();
            if (first.timedOut() && printers.size() < run.consumers()) {
                f.evidence(Localized.of("rubric.pipeline.first-takes-timed-out", "waiting",
                        first.waitingThreadIds().size(), "consumers", run.consumers(), "waited",
                        Millis.of(first.openedAtNanos() - first.firstArrivalNanos())));
            }
            throw f.hint(Message.of("rubric.pipeline.consumers-hint", "consumers", run.consumers())).failure();
        }
    }

    /** The span from the first item taken to the last {@code consumed} line, against 1.5 rounds plus a slack. */
    static void withinRounds(PipelineRun run, int rounds, Duration workTime) {
        CallEvidence call = run.call();
        Set<String> items = run.items();
        long first = run.removals().stream().filter(e -> items.contains(e.value())).mapToLong(QueueEvent::endNanos)
                .min().orElse(0);
        long last = run.consumedLines().stream().mapToLong(PrintedLine::atNanos).max().orElse(first);
        long span = last - first;
        long bound = workTime.toNanos() * rounds * 3 / 2 + slack(workTime).toNanos();
        if (span > bound) {
            throw Feedback.because(Message.of("rubric.pipeline.too-slow", "span", Millis.of(span), "workTimes",
                            (double) span / workTime.toNanos(), "items", items.size(), "consumers", run.consumers(),
                            "bound", Millis.of(bound), "rounds", rounds))
                    .evidence(Message.of("rubric.pipeline.at-once", "most", mostAtOnce(run)))
                    .evidence(Feedback.busyMachine(call, PipelinePlan.TOLERATED_LATENESS))
                    .hint(Message.of("rubric.pipeline.too-slow-hint")).failure();
        }
    }

    /** Row 7.3's small slack: half a {@code workTime} (starting threads, waking up). */
    static Duration slack(Duration workTime) {
        return workTime.dividedBy(2);
    }

    /**
     * The most items processed at one instant: each from its take out of the queue to its {@code consumed} line,
     * by the thread that printed it.
     */
    static int mostAtOnce(PipelineRun run) {
        List<long[]> intervals = new ArrayList<>();
        for (PrintedLine line : run.consumedLines()) {
            String item = PipelineRun.consumedItem(line).orElseThrow();
            run.removals().stream().filter(e -> item.equals(e.value()) && e.threadId() == line.threadId()).findFirst()
                    .ifPresent(take -> intervals.add(new long[] {take.endNanos(), line.atNanos()}));
        }
        List<long[]> points = new ArrayList<>();
        intervals.forEach(i -> {
            points.add(new long[] {i[0], 1});
            points.add(new long[] {i[1], -1});
        });
        points.sort(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        int now = 0;
        int most = 0;
        for (long[] p : points) {
            now += (int) p[1];
            most = Math.max(most, now);
        }
        return most;
    }

    // ---- 7.4

    static void nothingAfterReturn(PipelineRun run) {
        CallEvidence call = run.call();
        long returned = call.returnedAtNanos();
        List<PrintedLine> late = Lines.afterReturn(call);
        if (!late.isEmpty()) {
            throw Feedback.because(Message.of("rubric.pipeline.printed-after-return", "count", late.size(), "call",
                            call.call(), "at", Millis.of(returned)))
                    .evidence(Lines.showSome(late, 3))
                    .hint(Message.of("rubric.pipeline.join-hint")).failure();
        }
        run.removals().stream().filter(e -> e.endNanos() > returned).findFirst().ifPresent(e -> {
            throw Feedback.because(Message.of("rubric.pipeline.taken-after-return", "thread", e.threadName(), "value",
                            e.value(), "at", Millis.of(e.endNanos()), "call", call.call(), "returned",
                            Millis.of(returned)))
                    .hint(Message.of("rubric.pipeline.join-hint")).failure();
        });
    }

    /**
     * Every thread of the call ended within the grace after the return, stretched by how late the machine woke
     * threads up during the call (an executor's thread may still be on its way out when {@code awaitTermination}
     * returns, and needs a CPU for that).
     *
     * @param queueOnly whether only the producers and consumers count (7.4), or every thread the call started (7.5)
     */
    static void threadsEnded(PipelineRun run, Duration grace, boolean queueOnly) {
        CallEvidence call = run.call();
        long allowed = grace.toNanos() + Math.max(0, call.worstLatenessNanos());
        for (PipelineThread t : run.result().threads()) {
            if ((!queueOnly || t.usedQueue()) && t.aliveAfter(call.returnedAtNanos(), allowed)) {
                Message when = t.endedSeenAtNanos() < 0
                        ? Message.of("rubric.pipeline.never-ended", "watch", Millis.of(PipelinePlan.WATCH))
                        : Message.of("rubric.pipeline.ended-late", "after",
                                Millis.of(t.endedSeenAtNanos() - call.returnedAtNanos()));
                throw Feedback.because(Message.of("rubric.pipeline.alive-after-return", "thread", t.name(), "call",
                                call.call(), "grace", Millis.of(grace), "when", when))
                        .hint(Message.of("rubric.pipeline.alive-hint")).failure();
            }
        }
    }

    // ---- 7.5

    static void emptyListAtOnce(PipelineRun run, Duration workTime) {
        CallEvidence call = run.call();
        List<String> settled = run.result().settled();
        if (settled == null || !settled.isEmpty()) {
            throw Feedback.because(Message.of("rubric.pipeline.not-empty", "call", call.call(), "list",
                    ListDiff.shorten(settled))).failure();
        }
        if (call.returnedAtNanos() > workTime.toNanos()) {
            throw Feedback.because(Message.of("rubric.pipeline.empty-slow", "call", call.call(), "took",
                            Millis.of(call.returnedAtNanos()), "workTime", Millis.of(workTime)))
                    .evidence(Feedback.busyMachine(call, PipelinePlan.TOLERATED_LATENESS))
                    .hint(Message.of("rubric.pipeline.empty-hint")).failure();
        }
    }
}
