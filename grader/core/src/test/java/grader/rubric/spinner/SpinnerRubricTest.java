package grader.rubric.spinner;

import static grader.rubric.spinner.SpinnerEvidence.CALLER;
import static grader.rubric.spinner.SpinnerEvidence.SPINNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.probe.calls.spinner.WorkFailedException;
import grader.probe.calls.spinner.WorkRun;
import grader.rubric.Parameters;
import grader.rubric.RubricFailure;
import grader.rubric.TaskEvidence;
import grader.text.Language;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SpinnerRubricTest {

    private final SpinnerRubric rubric = new SpinnerRubric();
    private final Parameters parameters = Parameters.fromSeed(1);
    private final SpinnerTimes times = SpinnerTimes.of(parameters);
    /** The frame interval of this seed, in milliseconds. */
    private final double i = times.interval().toMillis();
    private final double slack = times.slackNanos() / 1e6;

    /** A correct fixed-rate spinner: the work runs from 0.5 ms for 6 intervals, frames every interval from 0.3 ms. */
    private SpinnerEvidence correct() {
        return SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i).framesEvery(0.3, i, 7);
    }

    /** The failing work, stopped and rethrown correctly: 4 intervals of work, 5 frames. */
    private SpinnerEvidence correctFailing() {
        return SpinnerEvidence.throwing(0.5, 0.5 + 4 * i, 0.8 + 4 * i).framesEvery(0.3, i, 5);
    }

    private TaskEvidence evidence(SpinnerEvidence returns, SpinnerEvidence throwsCall) {
        return new TaskEvidence(SpinnerAssignment.NUMBER, parameters, Map.of(SpinnerPlan.RETURNS, returns.build(),
                SpinnerPlan.THROWS, throwsCall.build()), Map.of());
    }

    private TaskEvidence evidence(SpinnerEvidence returns) {
        return evidence(returns, correctFailing());
    }

    private void passesEveryRow(TaskEvidence e) {
        assertThatCode(() -> {
            rubric.resultAndExceptionComeBack(e);
            rubric.framesWhileTheWorkRuns(e);
            rubric.framesInOrder(e);
            rubric.stopsWithTheWork(e);
            rubric.stopsWhenTheWorkThrows(e);
        }).doesNotThrowAnyException();
    }

    @Test
    void theIntervalIsDrawnFromTheSeedBetween40And60Milliseconds() {
        for (long seed = 0; seed < 200; seed++) {
            assertThat(SpinnerTimes.of(Parameters.fromSeed(seed)).interval().toMillis()).isBetween(40L, 60L);
        }
        assertThat(SpinnerTimes.of(Parameters.fromSeed(7))).isEqualTo(SpinnerTimes.of(Parameters.fromSeed(7)));
    }

    @Test
    void aCorrectFixedRateSpinnerPassesEveryRow() {
        passesEveryRow(evidence(correct()));
    }

    /** Fixed delay: every gap a little over one interval, and stopped by a flag, so it returns almost an interval late. */
    @Test
    void aFixedDelaySpinnerStoppedByAFlagPassesEveryRow() {
        SpinnerEvidence call = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.5 + 7 * i - 0.5)
                .framesEvery(0.3, i + 1.5, 6);
        passesEveryRow(evidence(call));
    }

    /** A fixed-rate scheduler that ran one frame late runs the next on time: frame k is still after (k - 1) intervals. */
    @Test
    void aFixedRateFrameThatCatchesUpAfterALateOneIsNoTooSoonFrame() {
        SpinnerEvidence call = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i)
                .frames(SPINNER, 0.3, i, 2 * i + 0.9 * i, 3 * i, 4 * i, 5 * i, 6 * i);
        assertThatCode(() -> rubric.framesWhileTheWorkRuns(evidence(call))).doesNotThrowAnyException();
    }

    @Test
    void theWrongResultLosesRow1() {
        SpinnerEvidence call = correct().returnedOther("null");
        assertThatThrownBy(() -> rubric.resultAndExceptionComeBack(evidence(call)))
                .hasMessageContaining("returned null, not the object the work returned")
                .hasMessageContaining("return exactly what work.call() returned");
    }

    @Test
    void aWrappedExceptionLosesRow1WithBothExceptionsNamed() {
        SpinnerEvidence failing = correctFailing().threw("java.lang.RuntimeException: the work failed",
                WorkFailedException.summary());
        assertThatThrownBy(() -> rubric.resultAndExceptionComeBack(evidence(correct(), failing)))
                .hasMessageContaining("threw java.lang.RuntimeException: the work failed, caused by "
                        + WorkFailedException.summary())
                .hasMessageContaining("but the work threw " + WorkFailedException.summary())
                .hasMessageContaining("do not wrap");
        // stopping the spinner is row 5.5's business, and it stopped
        assertThatCode(() -> rubric.stopsWhenTheWorkThrows(evidence(correct(), failing))).doesNotThrowAnyException();
    }

    @Test
    void aSwallowedExceptionLosesRow1() {
        SpinnerEvidence failing = correctFailing().returnedNormally().returnedOther("null");
        assertThatThrownBy(() -> rubric.resultAndExceptionComeBack(evidence(correct(), failing)))
                .hasMessageContaining("returned null although the work threw")
                .hasMessageContaining("the exception was lost");
    }

    @Test
    void aWorkNeverCalledLosesRow1() {
        SpinnerEvidence call = correct().work(new WorkRun(0, -1, "", -1, -1)).returnedOther("null");
        assertThatThrownBy(() -> rubric.resultAndExceptionComeBack(evidence(call)))
                .hasMessageContaining("never called work.call()");
    }

    /** A work handed to another thread and not waited for: the timed rows have no end of the work to measure. */
    @Test
    void aWorkStillRunningAtTheReturnIsNamedAsSuch() {
        SpinnerEvidence call = correct().work(new WorkRun(1, 9, "Thread-9", SpinnerEvidence.nanos(0.5), -1));
        assertThatThrownBy(() -> rubric.stopsWithTheWork(evidence(call)))
                .hasMessageContaining("returned before the work it started on thread `Thread-9` had ended");
    }

    @Test
    void framesFromTheCallerLoseRow2AndSayWhereTheWorkRan() {
        SpinnerEvidence call = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i)
                .work(new WorkRun(1, 9, "Thread-9", SpinnerEvidence.nanos(0.5), SpinnerEvidence.nanos(0.5 + 6 * i)))
                .frames(CALLER, 0.3, i, 2 * i, 3 * i, 4 * i, 5 * i, 6 * i);
        TaskEvidence e = evidence(call);
        assertThatThrownBy(() -> rubric.framesWhileTheWorkRuns(e))
                .hasMessageContaining("The calling thread `main` printed 7 lines")
                .hasMessageContaining("the work ran on thread `Thread-9`")
                .hasMessageContaining("call work.call() in the calling thread itself");
        // one flaw, one row: the frames are in order and nothing outlived the call
        assertThatCode(() -> {
            rubric.framesInOrder(e);
            rubric.stopsWithTheWork(e);
        }).doesNotThrowAnyException();
    }

    @Test
    void oneFrameOnlyLosesRow2() {
        SpinnerEvidence call = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i).frames(SPINNER, 0.3);
        TaskEvidence e = evidence(call);
        assertThatThrownBy(() -> rubric.framesWhileTheWorkRuns(e)).hasMessageContaining("Only 1 frame was printed while the work ran for");
        assertThatCode(() -> rubric.framesInOrder(e)).doesNotThrowAnyException();
    }

    @Test
    void noFrameWhileTheWorkRanLosesRow2() {
        SpinnerEvidence call = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i);
        assertThatThrownBy(() -> rubric.framesWhileTheWorkRuns(evidence(call)))
                .hasMessageContaining("No frame was printed while the work ran");
        assertThatThrownBy(() -> rubric.framesInOrder(evidence(call))).hasMessageContaining("printed nothing");
    }

    @Test
    void framesFromTwoThreadsLoseRow2() {
        SpinnerEvidence call = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i)
                .frames(SPINNER, 0.3, 2 * i, 4 * i, 6 * i).line(8, i, "/").line(8, 3 * i, "\\");
        assertThatThrownBy(() -> rubric.framesWhileTheWorkRuns(evidence(call)))
                .hasMessageContaining("The frames came from 2 threads (`Thread-7` and `Thread-8`)");
    }

    /** A spinner that stopped half-way: the last frame long before the work ended. */
    @Test
    void framesThatStopBeforeTheWorkEndsLoseRow2WithTheGap() {
        SpinnerEvidence call = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i).framesEvery(0.3, i, 3);
        assertThatThrownBy(() -> rubric.framesWhileTheWorkRuns(evidence(call)))
                .hasMessageContaining("No frame came for")
                .hasMessageContaining("the work ran from 0.5 ms to");
    }

    /** The bound is 2 intervals plus the slack: just under it passes, just over it fails. */
    @Test
    void theLongestGapIsTwoIntervalsPlusTheSlack() {
        double under = 2 * i + slack - 1;
        double over = 2 * i + slack + 1;
        SpinnerEvidence fine = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i)
                .frames(SPINNER, 0.3, i, i + under, i + under + i, 6 * i);
        SpinnerEvidence gap = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i)
                .frames(SPINNER, 0.3, i, i + over, i + over + i, 6 * i);
        assertThatCode(() -> rubric.framesWhileTheWorkRuns(evidence(fine))).doesNotThrowAnyException();
        assertThatThrownBy(() -> rubric.framesWhileTheWorkRuns(evidence(gap))).hasMessageContaining("No frame came");
    }

    /** A machine that woke threads up late stretches the bound by that lateness, and the feedback says so. */
    @Test
    void measuredLatenessWidensTheGapBoundAndIsNamedWhenItWasHigh() {
        double gap = 2 * i + slack + 20;
        SpinnerEvidence call = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i)
                .frames(SPINNER, 0.3, i, i + gap, 2 * i + gap, 6 * i);
        assertThatCode(() -> rubric.framesWhileTheWorkRuns(evidence(call.lateness(25)))).doesNotThrowAnyException();
        SpinnerEvidence busier = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i)
                .frames(SPINNER, 0.3, i, i + gap + 30, 2 * i + gap + 30, 6 * i).lateness(35);
        assertThatThrownBy(() -> rubric.framesWhileTheWorkRuns(evidence(busier)))
                .hasMessageContaining("measured while the machine was busy");
    }

    @Test
    void framesWithoutAWaitLoseRow2AtFrame2() {
        double[] at = new double[300];
        for (int k = 0; k < at.length; k++) {
            at[k] = 0.3 + k * 0.1;
        }
        SpinnerEvidence fast = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i).frames(SPINNER, at)
                .framesEvery(30.3, i, 5);
        assertThatThrownBy(() -> rubric.framesWhileTheWorkRuns(evidence(fast)))
                .hasMessageContaining("Frame 2 (counting from 0) came 0.5 ms after the call started, sooner than")
                .hasMessageContaining("check the unit of the wait");
    }

    /**
     * Seen on a loaded machine (seed 1427159623): a fixed-rate spinner's first frame came almost 2 intervals late,
     * and the scheduler then printed the 2 frames it owed at once, as fixed rate must.
     */
    @Test
    void aFixedRateSpinnerWhoseFirstFrameWasLateCatchesUpWithoutLosingRow2() {
        double late = 0.5 + 1.8 * i;
        SpinnerEvidence call = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i)
                .frames(SPINNER, late, late + 0.2, late + 0.4, 3 * i, 4 * i, 5 * i, 6 * i);
        assertThatCode(() -> rubric.framesWhileTheWorkRuns(evidence(call))).doesNotThrowAnyException();
    }

    @Test
    void aSpinnerThatDoesNotWaitLosesRow2HoweverLateItStarts() {
        double[] at = new double[300];
        for (int k = 0; k < at.length; k++) {
            at[k] = 3 * i + k * 0.1;
        }
        SpinnerEvidence late = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i).frames(SPINNER, at)
                .framesEvery(3 * i + 30.3, i, 3);
        assertThatThrownBy(() -> rubric.framesWhileTheWorkRuns(evidence(late)))
                .hasMessageContaining("the spinner must wait");
    }

    @Test
    void framesInTheOtherOrderLoseRow3WithTheFramesAround() {
        SpinnerEvidence call = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i);
        String[] reversed = {"|", "\\", "-", "/"};
        for (int k = 0; k < 7; k++) {
            call.line(SPINNER, 0.3 + k * i, reversed[k % 4]);
        }
        TaskEvidence e = evidence(call);
        assertThatThrownBy(() -> rubric.framesInOrder(e))
                .hasMessageContaining("Frame 1 (counting from 0) is `\\`, expected `/`")
                .hasMessageContaining("`|` (thread Thread-7, at 0.3 ms)");
        assertThatCode(() -> rubric.framesWhileTheWorkRuns(e)).doesNotThrowAnyException();
    }

    @Test
    void aLineThatIsNoFrameLosesRow3Only() {
        SpinnerEvidence call = correct().line(SPINNER, 0.6 + 6 * i, "Done!");
        TaskEvidence e = evidence(call);
        assertThatThrownBy(() -> rubric.framesInOrder(e))
                .hasMessageContaining("Line 7 (counting from 0) is not a frame")
                .hasMessageContaining("`Done!`");
        assertThatCode(() -> {
            rubric.framesWhileTheWorkRuns(e);
            rubric.stopsWithTheWork(e);
        }).doesNotThrowAnyException();
    }

    @Test
    void framesWithSurroundingSpacesAreStillFrames() {
        SpinnerEvidence call = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i)
                .line(SPINNER, 0.3, " |").line(SPINNER, i, "/ ").line(SPINNER, 2 * i, "-");
        assertThatCode(() -> rubric.framesInOrder(evidence(call))).doesNotThrowAnyException();
    }

    @Test
    void aSpinnerLeftRunningOnSuccessLosesRow4Only() {
        SpinnerEvidence call = correct().framesEvery(0.3 + 7 * i, i, 3).aliveAfterGrace(SPINNER);
        TaskEvidence e = evidence(call);
        assertThatThrownBy(() -> rubric.stopsWithTheWork(e))
                .hasMessageContaining("3 lines were printed after Spinner.withSpinner(work, Duration.ofMillis(50)) "
                        + "had returned")
                .hasMessageContaining("the spinner was still spinning")
                .hasMessageContaining("wait for its thread (join() or awaitTermination())");
        assertThatCode(() -> {
            rubric.resultAndExceptionComeBack(e);
            rubric.framesWhileTheWorkRuns(e);
            rubric.stopsWhenTheWorkThrows(e);
        }).doesNotThrowAnyException();
    }

    @Test
    void aSpinnerThreadAliveAfterTheGraceLosesRow4() {
        assertThatThrownBy(() -> rubric.stopsWithTheWork(evidence(correct().aliveAfterGrace(SPINNER))))
                .hasMessageContaining("The spinner thread `Thread-7` was still alive a second after");
    }

    @Test
    void returningMoreThanAnIntervalAndTheSlackAfterTheWorkLosesRow4() {
        double end = 0.5 + 6 * i;
        SpinnerEvidence late = SpinnerEvidence.returning(0.5, end, end + i + slack + 1).framesEvery(0.3, i, 7);
        SpinnerEvidence inTime = SpinnerEvidence.returning(0.5, end, end + i + slack - 1).framesEvery(0.3, i, 7);
        assertThatThrownBy(() -> rubric.stopsWithTheWork(evidence(late)))
                .hasMessageContaining("after the work ended: the spinner must stop within one frame interval");
        assertThatCode(() -> rubric.stopsWithTheWork(evidence(inTime))).doesNotThrowAnyException();
    }

    @Test
    void aSpinnerThatSpinsOnWhenTheWorkThrowsLosesRow5Only() {
        SpinnerEvidence failing = correctFailing().framesEvery(0.3 + 5 * i, i, 4).aliveAfterGrace(SPINNER);
        TaskEvidence e = evidence(correct(), failing);
        assertThatThrownBy(() -> rubric.stopsWhenTheWorkThrows(e))
                .hasMessageContaining("4 lines were printed after Spinner.withSpinner(work, Duration.ofMillis(50)) "
                        + "had thrown")
                .hasMessageContaining("in a finally block");
        passesRowsOneToFour(e);
    }

    @Test
    void aSpinnerThreadAliveAfterTheFailingWorkLosesRow5() {
        TaskEvidence e = evidence(correct(), correctFailing().aliveAfterGrace(SPINNER));
        assertThatThrownBy(() -> rubric.stopsWhenTheWorkThrows(e)).hasMessageContaining("was still alive");
    }

    @Test
    void aFailingCallThatRanOutOfTimeLosesRows1And5() {
        TaskEvidence e = evidence(correct(), correctFailing().timedOut());
        assertThatThrownBy(() -> rubric.stopsWhenTheWorkThrows(e)).hasMessageContaining("did not return");
        assertThatThrownBy(() -> rubric.resultAndExceptionComeBack(e)).hasMessageContaining("did not return");
    }

    @Test
    void theSkeletonLosesEveryRowWithTheSkeletonHint() {
        SpinnerEvidence skeleton = SpinnerEvidence.returning(0, 0, 0.1)
                .threw("java.lang.UnsupportedOperationException: TODO");
        SpinnerEvidence failing = SpinnerEvidence.returning(0, 0, 0.1)
                .threw("java.lang.UnsupportedOperationException: TODO");
        TaskEvidence e = evidence(skeleton, failing);
        for (var row : List.<ThrowingCallable>of(() -> rubric.resultAndExceptionComeBack(e),
                () -> rubric.framesWhileTheWorkRuns(e), () -> rubric.framesInOrder(e), () -> rubric.stopsWithTheWork(e),
                () -> rubric.stopsWhenTheWorkThrows(e))) {
            assertThatThrownBy(row).hasMessageContaining("still the skeleton");
        }
    }

    @Test
    void row5NeedsTheWorkToHaveFailedAndASpinnerToHaveRun() {
        SpinnerEvidence early = SpinnerEvidence.throwing(0, 0, 0.1).threw("java.lang.IllegalStateException: no");
        assertThatThrownBy(() -> rubric.stopsWhenTheWorkThrows(evidence(correct(), early)))
                .hasMessageContaining("threw java.lang.IllegalStateException: no")
                .hasMessageContaining("before the work could fail");
        SpinnerEvidence silent = SpinnerEvidence.throwing(0.5, 0.5 + 4 * i, 0.8 + 4 * i);
        assertThatThrownBy(() -> rubric.stopsWhenTheWorkThrows(evidence(correct(), silent)))
                .hasMessageContaining("no spinner was started");
    }

    @Test
    void inRussianTheFeedbackUsesTheCoursesWordsAndPluralForms() {
        SpinnerEvidence failing = correctFailing().framesEvery(0.3 + 5 * i, i, 2);
        assertThatThrownBy(() -> rubric.stopsWhenTheWorkThrows(evidence(correct(), failing)))
                .isInstanceOfSatisfying(RubricFailure.class, f -> assertThat(f.feedback().in(Language.RU))
                        .startsWith("2 строки напечатаны после того, как Spinner.withSpinner(work, "
                                + "Duration.ofMillis(50)) выбросил исключение в ")
                        .contains("индикатор всё ещё работал")
                        .contains("Подсказка: останавливайте индикатор и дожидайтесь его потока в блоке finally"));
        SpinnerEvidence oneFrame = SpinnerEvidence.returning(0.5, 0.5 + 6 * i, 0.8 + 6 * i).frames(SPINNER, 0.3);
        assertThatThrownBy(() -> rubric.framesWhileTheWorkRuns(evidence(oneFrame)))
                .isInstanceOfSatisfying(RubricFailure.class, f -> assertThat(f.feedback().in(Language.RU))
                        .contains("был напечатан только 1 кадр"));
    }

    /** Every failure of the rows above, read in Russian, holds no English phrase of task 5's catalog. */
    @Test
    void everyFailureReadsInRussianWithoutEnglishLeftInIt() throws Exception {
        double end = 0.5 + 6 * i;
        List<ThrowingCallable> failures = List.of(
                () -> rubric.resultAndExceptionComeBack(evidence(correct().returnedOther("null"))),
                () -> rubric.resultAndExceptionComeBack(evidence(correct(),
                        correctFailing().threw("java.lang.RuntimeException: x", WorkFailedException.summary()))),
                () -> rubric.resultAndExceptionComeBack(evidence(correct(),
                        correctFailing().returnedNormally().returnedOther("null"))),
                () -> rubric.framesWhileTheWorkRuns(evidence(SpinnerEvidence.returning(0.5, end, end + 0.3)
                        .work(new WorkRun(1, 9, "Thread-9", 500_000, SpinnerEvidence.nanos(end)))
                        .frames(CALLER, 0.3, i, 2 * i))),
                () -> rubric.framesWhileTheWorkRuns(evidence(SpinnerEvidence.returning(0.5, end, end + 0.3))),
                () -> rubric.framesWhileTheWorkRuns(evidence(SpinnerEvidence.returning(0.5, end, end + 0.3)
                        .frames(SPINNER, 0.3, 2 * i).line(8, i, "/"))),
                () -> rubric.framesWhileTheWorkRuns(evidence(SpinnerEvidence.returning(0.5, end, end + 0.3)
                        .frames(SPINNER, 0.3))),
                () -> rubric.framesWhileTheWorkRuns(evidence(SpinnerEvidence.returning(0.5, end, end + 0.3)
                        .framesEvery(0.3, i, 3))),
                () -> rubric.framesWhileTheWorkRuns(evidence(SpinnerEvidence.returning(0.5, end, end + 0.3)
                        .framesEvery(0.3, 0.1, 300))),
                () -> rubric.framesInOrder(evidence(SpinnerEvidence.returning(0.5, end, end + 0.3))),
                () -> rubric.framesInOrder(evidence(correct().line(SPINNER, end + 0.1, "Done!"))),
                () -> rubric.framesInOrder(evidence(SpinnerEvidence.returning(0.5, end, end + 0.3)
                        .line(SPINNER, 0.3, "|").line(SPINNER, i, "-"))),
                () -> rubric.stopsWithTheWork(evidence(correct().framesEvery(end + i, i, 2))),
                () -> rubric.stopsWithTheWork(evidence(correct().aliveAfterGrace(SPINNER))),
                () -> rubric.stopsWithTheWork(evidence(SpinnerEvidence.returning(0.5, end, end + 3 * i)
                        .framesEvery(0.3, i, 7))),
                () -> rubric.stopsWhenTheWorkThrows(evidence(correct(),
                        SpinnerEvidence.throwing(0, 0, 0.1).threw("java.lang.IllegalStateException: no"))),
                () -> rubric.stopsWhenTheWorkThrows(evidence(correct(),
                        SpinnerEvidence.throwing(0.5, 4 * i, 4 * i + 0.3))),
                () -> rubric.stopsWhenTheWorkThrows(evidence(correct(), correctFailing().framesEvery(6 * i, i, 3))));
        java.util.Properties en = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/grader/rubric/spinner/messages_en.properties")) {
            en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> phrases = en.stringPropertyNames().stream().filter(k -> k.startsWith("rubric.spinner."))
                .flatMap(k -> java.util.Arrays.stream(en.getProperty(k).split("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}")))
                .map(literal -> literal.replaceAll("`[^`]*`", " ").replaceAll("[A-Za-z.]+\\([^)]*\\)[;.]?", " ")
                        .strip())
                .filter(words -> words.matches(".*[A-Za-z]{2,}\\s+[A-Za-z]{2,}.*")).toList();
        assertThat(phrases).hasSizeGreaterThan(30);
        for (ThrowingCallable failure : failures) {
            assertThatThrownBy(failure).isInstanceOfSatisfying(RubricFailure.class, f -> {
                String russian = f.feedback().in(Language.RU);
                assertThat(russian).containsPattern("[а-я]{4,}").contains("Подсказка: ");
                phrases.forEach(phrase -> assertThat(russian).as(f.feedback().in(Language.EN)).doesNotContain(phrase));
            });
        }
    }

    private void passesRowsOneToFour(TaskEvidence e) {
        assertThatCode(() -> {
            rubric.resultAndExceptionComeBack(e);
            rubric.framesWhileTheWorkRuns(e);
            rubric.framesInOrder(e);
            rubric.stopsWithTheWork(e);
        }).doesNotThrowAnyException();
    }
}
