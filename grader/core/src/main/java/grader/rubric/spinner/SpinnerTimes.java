package grader.rubric.spinner;

import grader.rubric.Parameters;
import java.time.Duration;

/**
 * Task 5's time scale in one run: the frame interval, drawn from the run's seed, and the bounds of the timed rows
 * in units of it. Every bound grows with the worst wake-up lateness the call's canary saw, so that a loaded
 * machine stretches the bound as much as it stretches a correct spinner; the plan's tolerated lateness makes the
 * engine repeat a call measured while the machine was busier than that.
 *
 * @param interval the {@code frameInterval} handed to {@code withSpinner}, 40 to 60 ms
 */
public record SpinnerTimes(Duration interval) {

    /** The grader's work lasts this many intervals when it returns: about 7 frames from a correct spinner. */
    static final int WORK_INTERVALS = 6;

    /** ... and this many when it throws: row 5.5 needs a running spinner, not many frames. */
    static final int FAILING_WORK_INTERVALS = 4;

    /** The interval of a run: whole milliseconds from 40 to 60, drawn from task 5's own random numbers. */
    public static SpinnerTimes of(Parameters parameters) {
        return new SpinnerTimes(Duration.ofMillis(40 + parameters.random(SpinnerAssignment.NUMBER).nextInt(21)));
    }

    public Duration work() {
        return interval.multipliedBy(WORK_INTERVALS);
    }

    public Duration failingWork() {
        return interval.multipliedBy(FAILING_WORK_INTERVALS);
    }

    /**
     * A call's time limit: a correct call takes the work and one interval, the limit is 20 times that plus the
     * JVM's start; a spinner that never stops keeps the probe watching it until this limit.
     */
    public Duration limit() {
        return work().plus(interval).multipliedBy(20).plusSeconds(1);
    }

    /** The "small slack" of rows 5.2 and 5.4: a quarter interval, at least 10 ms (printing, a thread's wake-up). */
    long slackNanos() {
        return Math.max(interval.toNanos() / 4, 10_000_000L);
    }

    /** Row 5.2: the longest time without a frame while the work runs, 2 intervals plus the slack and lateness. */
    long longestGapNanos(long latenessNanos) {
        return 2 * interval.toNanos() + slackNanos() + Math.max(0, latenessNanos);
    }

    /**
     * Row 5.2: how much earlier than {@code first + (k - 1) intervals} frame k may come: sleeps may end a little
     * early on some platforms, and a fixed-rate spinner whose first frame was late runs the next ones on time.
     */
    long earlyToleranceNanos(long latenessNanos) {
        return Math.max(Math.max(3_000_000L, interval.toNanos() / 10), latenessNanos);
    }

    /**
     * Row 5.4: the latest return after the work ended: one interval (a spinner stopped by a flag finishes its
     * sleep) plus the slack, and two wake-ups' lateness (the spinner's, then the caller's from its join).
     */
    long latestReturnNanos(long latenessNanos) {
        return interval.toNanos() + slackNanos() + 2 * Math.max(0, latenessNanos);
    }
}
