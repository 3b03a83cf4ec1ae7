package grader.rubric.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.probe.calls.pipeline.FirstTakesFact;
import grader.probe.calls.pipeline.HeldPutFact;
import grader.probe.calls.pipeline.QueueOp;
import grader.rubric.RubricFailure;
import grader.text.Language;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Task 7's checks on hand-made evidence: a correct run passes every one, each spoilt run fails its own. */
class PipelineRubricTest {

    private static final List<List<String>> BATCHES = List.of(List.of("a7", "a3", "a9"), List.of("b2", "b8", "b1"));
    private static final long W = 100;
    private static final Duration WORK = Duration.ofMillis(W);
    private static final Duration GRACE = PipelinePlan.grace(WORK);

    private static PipelineEvidence correct() {
        return PipelineEvidence.correct(BATCHES, 2, W);
    }

    private static String russian(RubricFailure f) {
        return f.feedback().in(Language.RU);
    }

    @Test
    void aCorrectRunPassesEveryCheck() {
        PipelineRun run = correct().run();
        assertThatCode(() -> {
            PipelineRubric.exactlyOnce(run);
            PipelineRubric.producers(run);
            PipelineRubric.distinctConsumers(run);
            PipelineRubric.withinRounds(run, 3, WORK);
            PipelineRubric.nothingAfterReturn(run);
            PipelineRubric.threadsEnded(run, GRACE, true);
        }).doesNotThrowAnyException();
        assertThat(PipelineRubric.mostAtOnce(run)).isEqualTo(2);
    }

    // ---- 7.1

    @Test
    void lostItemsAreNamedAndTheHeldPutExplainsWhy() {
        var held = new HeldPutFact("b8", 11, "producer-1", 50_000_000, 210_000_000, 400_000_000,
                HeldPutFact.Release.SETTLED);
        PipelineRun run = correct().settled(l -> { l.removeAll(List.of("b8", "b1")); return l; }).heldPut(held).run();
        assertThatThrownBy(() -> PipelineRubric.exactlyOnce(run))
                .hasMessageContaining("lost 2 items: [b8, b1] never came back")
                .hasMessageContaining("held back the put of `b8` by thread `producer-1` from 50 ms to 400 ms; "
                        + "the queue ran empty at 210 ms")
                .hasMessageContaining("an empty queue does not mean the producers are done")
                .isInstanceOfSatisfying(RubricFailure.class, f -> assertThat(russian(f))
                        .contains("потерял 2 элемента").contains("пустая очередь ещё не значит"));
    }

    @Test
    void anItemReturnedTwiceFails() {
        PipelineRun run = correct().settled(l -> { l.add("a3"); return l; }).run();
        assertThatThrownBy(() -> PipelineRubric.exactlyOnce(run)).hasMessageContaining("returned [a3] more than once");
    }

    @Test
    void aPillInTheReturnedListFails() {
        PipelineRun run = correct().settled(l -> { l.add("#pill"); return l; }).run();
        assertThatThrownBy(() -> PipelineRubric.exactlyOnce(run))
                .hasMessageContaining("returned [#pill], which are no items")
                .hasMessageContaining("poison pill");
    }

    @Test
    void anItemPrintedTwiceOrAPillPrintedFails() {
        PipelineRun twice = correct().line(21, 350, "consumed a7").run();
        assertThatThrownBy(() -> PipelineRubric.exactlyOnce(twice)).hasMessageContaining("printed 2 `consumed a7` lines")
                .isInstanceOfSatisfying(RubricFailure.class, f -> assertThat(russian(f))
                        .contains("напечатал 2 строки `consumed a7`"));
        PipelineRun pill = correct().line(21, 350, "consumed #pill").run();
        assertThatThrownBy(() -> PipelineRubric.exactlyOnce(pill)).hasMessageContaining("printed `consumed #pill`");
    }

    @Test
    void aListThatIsNoListFails() {
        PipelineRun run = correct().settled(l -> null).run();
        assertThatThrownBy(() -> PipelineRubric.exactlyOnce(run)).hasMessageContaining("returned no list");
    }

    // ---- 7.2

    @Test
    void theCallerPuttingABatchFails() {
        PipelineRun run = correct().events(e -> e.thread() == 10 ? new PipelineEvidence.Event(e.op(),
                PipelineEvidence.CALLER, e.atMillis(), e.value(), e.succeeded()) : e).run();
        assertThatThrownBy(() -> PipelineRubric.producers(run))
                .hasMessageContaining("Batch [a7, a3, a9] was put by thread `main`")
                .hasMessageContaining("start one producer thread per non-empty batch");
    }

    @Test
    void aBatchPutByTwoThreadsOrOutOfOrderFails() {
        PipelineRun split = correct().events(e -> "a9".equals(e.value()) && e.op() == QueueOp.PUT
                ? new PipelineEvidence.Event(e.op(), 11, e.atMillis(), e.value(), true) : e).run();
        assertThatThrownBy(() -> PipelineRubric.producers(split))
                .hasMessageContaining("were put by `producer-0` and `producer-1`");
        PipelineRun reordered = correct().events(e -> e.op() == QueueOp.PUT && "a7".equals(e.value())
                ? new PipelineEvidence.Event(e.op(), 10, 1000, e.value(), true) : e).run();
        assertThatThrownBy(() -> PipelineRubric.producers(reordered))
                .hasMessageContaining("put [a3, a9, a7], but the batch is [a7, a3, a9]");
    }

    @Test
    void anItemThatNeverWentThroughTheQueueFails() {
        PipelineRun run = correct().events(e -> e.op() == QueueOp.PUT && "b1".equals(e.value()) ? null : e).run();
        assertThatThrownBy(() -> PipelineRubric.producers(run)).hasMessageContaining("`b1` went into the queue never");
    }

    @Test
    void aProducerThatAlsoConsumesFails() {
        PipelineRun run = correct().event(QueueOp.TAKE, 10, 500, "b2", true).run();
        assertThatThrownBy(() -> PipelineRubric.producers(run)).hasMessageContaining("which also took items");
    }

    // ---- 7.3

    @Test
    void oneConsumerFailsByItsCountAndItsTime() {
        PipelineRun run = correct().oneConsumer(20, W).firstTakes(new FirstTakesFact(1_000_000, 301_000_000, true,
                List.of(20L))).run();
        assertThatThrownBy(() -> PipelineRubric.distinctConsumers(run))
                .hasMessageContaining("should consume in 2 threads, but 1 thread(s) printed")
                .hasMessageContaining("only 1 came within 300 ms")
                .isInstanceOfSatisfying(RubricFailure.class, f -> assertThat(russian(f))
                        .contains("должен обрабатывать в 2 потоках, а строки `consumed` печатал 1 поток")
                        .contains("за 300 мс пришёл только 1 поток"));
        assertThatThrownBy(() -> PipelineRubric.withinRounds(run, 3, WORK))
                .hasMessageContaining("took 600 ms = 6.0 workTimes for 6 items and 2 consumers")
                .hasMessageContaining("at most 1 item(s) were being processed at one instant");
    }

    @Test
    void theBoundIsOneAndAHalfRoundsPlusHalfAWorkTime() {
        // rounds of 3 x 100 ms: the bound is 450 + 50 ms from the first take
        PipelineRun atBound = correct().line(20, 2 + 500, "consumed x").run();
        assertThatCode(() -> PipelineRubric.withinRounds(atBound, 3, WORK)).doesNotThrowAnyException();
        PipelineRun past = correct().line(20, 2 + 501, "consumed x").run();
        assertThatThrownBy(() -> PipelineRubric.withinRounds(past, 3, WORK)).hasMessageContaining("(at most 500 ms)");
    }

    @Test
    void theCallerConsumingFails() {
        PipelineRun run = correct().line(PipelineEvidence.CALLER, 50, "consumed a7").run();
        assertThatThrownBy(() -> PipelineRubric.distinctConsumers(run))
                .hasMessageContaining("Thread `main`, the one that called");
    }

    // ---- 7.4

    @Test
    void printingOrTakingAfterTheReturnFails() {
        PipelineEvidence early = correct();
        PipelineRun printed = early.returnedAt(250).run();
        assertThatThrownBy(() -> PipelineRubric.nothingAfterReturn(printed))
                .hasMessageContaining("line(s) were printed after Pipeline.run")
                .hasMessageContaining("wait until every consumer has ended");
        PipelineEvidence pills = correct();
        PipelineRun taken = pills.returnedAt(pills.returnedAtMillis() - 0.85).run();
        assertThatThrownBy(() -> PipelineRubric.nothingAfterReturn(taken))
                .hasMessageContaining("took `#pill` from the queue");
    }

    @Test
    void aThreadAliveAfterTheGraceFailsAndTheMachinesLatenessStretchesIt() {
        PipelineEvidence base = correct().lateness(30);
        double returned = base.returnedAtMillis();
        // 25 ms of grace + 30 ms the machine was late: ended 54 ms after the return is in time, 56 ms is not
        PipelineRun inTime = base.thread(20, true, returned + 54).run();
        assertThatCode(() -> PipelineRubric.threadsEnded(inTime, GRACE, true)).doesNotThrowAnyException();
        PipelineRun late = correct().lateness(30).thread(20, true, returned + 56).run();
        assertThatThrownBy(() -> PipelineRubric.threadsEnded(late, GRACE, true))
                .hasMessageContaining("Thread `consumer-0` of Pipeline.run")
                .hasMessageContaining("it ended only 56 ms after the return");
        PipelineRun never = correct().thread(21, true, -1).run();
        assertThatThrownBy(() -> PipelineRubric.threadsEnded(never, GRACE, true))
                .hasMessageContaining("it had not ended 1.00 s later")
                .hasMessageContaining("shutdown()")
                .isInstanceOfSatisfying(RubricFailure.class, f -> assertThat(russian(f))
                        .contains("ещё работал после возврата"));
    }

    // ---- 7.5

    @Test
    void emptyInputMustGiveAnEmptyListWithinAWorkTime() {
        Duration w = PipelinePlan.EMPTY_WORK_TIME;
        PipelineRun fast = PipelineEvidence.correct(List.of(), 2, w.toMillis()).returnedAt(3).run();
        assertThatCode(() -> PipelineRubric.emptyListAtOnce(fast, w)).doesNotThrowAnyException();
        PipelineRun slow = PipelineEvidence.correct(List.of(), 2, w.toMillis()).returnedAt(501).run();
        assertThatThrownBy(() -> PipelineRubric.emptyListAtOnce(slow, w))
                .hasMessageContaining("took 501 ms, longer than one workTime (500 ms)");
        PipelineRun full = PipelineEvidence.correct(List.of(), 2, w.toMillis()).settled(l -> List.of("#pill")).run();
        assertThatThrownBy(() -> PipelineRubric.emptyListAtOnce(full, w))
                .hasMessageContaining("should return an empty list, but returned [#pill]");
    }
}
