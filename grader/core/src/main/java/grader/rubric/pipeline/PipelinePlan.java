package grader.rubric.pipeline;

import grader.probe.calls.CallOptions;
import grader.probe.calls.pipeline.PipelineArguments;
import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Task 7's calls, each in its own JVM with the grader's recording queue of capacity {@code consumers}:
 *
 * <ul>
 *   <li>{@link #RUN}: the seed's batches and consumers, the first takes held until every consumer waits; timed
 *       (row 7.3) and the evidence of rows 7.1, 7.2 and 7.4;
 *   <li>{@link #HELD}: the same inputs, and one put held back until the queue has run dry, so that consumers that
 *       stop on an empty queue lose items every time (row 7.1); not timed by any row, so the hold can cost a
 *       correct solution time but no point;
 *   <li>{@link #FEW_ITEMS}: two one-item batches and 3 or 4 consumers (row 7.4's "more consumers than items", and
 *       7.1, 7.2);
 *   <li>{@link #NO_BATCHES} and {@link #EMPTY_BATCHES}: no batch, and only empty ones (row 7.5), with a longer
 *       {@code workTime}, since the row bounds the call by one.
 * </ul>
 *
 * <p>Every call runs with a canary and is made again while the machine disturbs it: the rows measure time (7.3,
 * 7.5), or rely on a hold's margin of a {@code workTime} (7.1's held put, 7.4's consumers still working after a
 * too early return).
 */
public final class PipelinePlan {

    public static final String RUN = "run";
    public static final String HELD = "held put";
    public static final String FEW_ITEMS = "more consumers than items";
    public static final String NO_BATCHES = "no batches";
    public static final String EMPTY_BATCHES = "only empty batches";

    /** The {@code workTime} of the calls with items: long next to a loaded machine's noise, short to grade. */
    public static final Duration WORK_TIME = Duration.ofMillis(100);

    /**
     * The {@code workTime} of the calls without items: row 7.5 bounds them by one, so it is the margin. A correct
     * call takes a few milliseconds; four student JVMs starting on two loaded cores were seen to stretch that to
     * 213 ms (CPU for threads and class loading, which the canary does not see), so the bound is long.
     */
    public static final Duration EMPTY_WORK_TIME = Duration.ofMillis(500);

    /**
     * Lateness that the timed checks absorb: each of up to 6 rounds of a correct run may be late by this and stay
     * within the half round between it and row 7.3's bound; it is also well under the {@code workTime} of margin
     * that the held put and a too early return leave.
     */
    static final Duration TOLERATED_LATENESS = Duration.ofMillis(40);

    /** How long the first takes wait for the missing consumers of a wrong solution. */
    static final int FIRST_TAKES_WORK_TIMES = 3;

    /** How long a dry queue stays dry before the held put goes in: a consumer's last item, and as much again. */
    static final int SETTLE_WORK_TIMES = 2;

    /** The longest the held put waits (one thread putting every batch: the others never come in meanwhile). */
    static final int HELD_LONGEST_WORK_TIMES = 8;

    /** How long after the return the threads are watched, and the returned list read again after. */
    static final Duration WATCH = Duration.ofSeconds(1);

    /** The main call's inputs for a run: the same for the same seed. */
    public static PipelineInputs inputs(Parameters p) {
        return PipelineInputs.draw(p.random(7));
    }

    /** The consumers of the call with more consumers than items (two), 3 or 4. */
    static int fewItemsConsumers(Parameters p) {
        return 3 + random(p).nextInt(2);
    }

    static List<List<String>> fewItemsBatches() {
        return List.of(List.of("x1"), List.of("y1"));
    }

    /** The consumers of the calls without items, 2 to 4. */
    static int emptyConsumers(Parameters p) {
        return 2 + random(p).nextInt(3);
    }

    static List<List<String>> emptyBatches() {
        return List.of(List.of(), List.of());
    }

    /** The grace after the return: much shorter than {@code workTime}, as the contract says. */
    public static Duration grace(Duration workTime) {
        return workTime.dividedBy(4);
    }

    /** A second stream of the seed's numbers, so that the main inputs stay as they are. */
    private static Random random(Parameters p) {
        Random random = p.random(7);
        random.nextLong();
        return new Random(random.nextLong());
    }

    public List<PlannedCall> calls(Parameters p) {
        PipelineInputs in = inputs(p);
        int rounds = in.rounds();
        Duration w = WORK_TIME;
        // a correct run takes its rounds; the limits are 20 times that and more, plus start-up
        Duration limit = w.multipliedBy(20L * (rounds + SETTLE_WORK_TIMES)).plusSeconds(2);
        Duration shortLimit = Duration.ofSeconds(5);
        return List.of(
                call(RUN, in.batches(), in.consumers(), w, true, null, limit),
                call(HELD, in.batches(), in.consumers(), w, true, in.heldItem(), limit),
                call(FEW_ITEMS, fewItemsBatches(), fewItemsConsumers(p), w, true, null, shortLimit),
                call(NO_BATCHES, List.of(), emptyConsumers(p), EMPTY_WORK_TIME, false, null, shortLimit),
                call(EMPTY_BATCHES, emptyBatches(), emptyConsumers(p), EMPTY_WORK_TIME, false, null, shortLimit));
    }

    /**
     * @param holdFirstTakes whether the first takes wait for every consumer (not without items: a missing consumer
     *     would then cost row 7.5 its time bound, which is not that row's business)
     */
    private static ProbeCall call(String key, List<List<String>> batches, int consumers, Duration workTime,
            boolean holdFirstTakes, String heldItem, Duration limit) {
        long w = workTime.toMillis();
        Duration grace = grace(workTime);
        var arguments = new PipelineArguments(batches, consumers, w, consumers,
                holdFirstTakes ? FIRST_TAKES_WORK_TIMES * w : 0, heldItem, SETTLE_WORK_TIMES * w,
                HELD_LONGEST_WORK_TIMES * w, grace.toMillis(), WATCH.toMillis());
        String describe = "Pipeline.run(" + batches + ", queue, " + consumers + ", Duration.ofMillis(" + w + "))";
        return new ProbeCall(key, describe, arguments, CallOptions.DEFAULT.withGrace(grace), limit,
                null, TOLERATED_LATENESS);
    }
}
