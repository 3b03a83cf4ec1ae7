package grader.probe.calls.spinner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.probe.calls.ProbeThrowables;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpinnerCallTest {

    @Test
    void theWorkRecordsWhichThreadRanItAndWhenItStartedAndEnded() throws Exception {
        GraderWork work = new GraderWork(20, false);
        long start = System.nanoTime();
        Thread runner = new Thread(() -> {
            try {
                work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "the-caller");
        runner.start();
        runner.join();

        WorkRun run = work.run(start);
        assertThat(run.calls()).isEqualTo(1);
        assertThat(run.threadId()).isEqualTo(runner.getId());
        assertThat(run.threadName()).isEqualTo("the-caller");
        assertThat(run.startedAtNanos()).isNotNegative();
        // a sleep never ends early on the JVM's clock by more than the platform's granularity; 20 ms is far above it
        assertThat(run.endedAtNanos() - run.startedAtNanos()).isGreaterThanOrEqualTo(15_000_000L);
        assertThat(run.ran()).isTrue();
    }

    @Test
    void aWorkNeverCalledHasNotRan() {
        WorkRun run = new GraderWork(1, false).run(System.nanoTime());
        assertThat(run.calls()).isZero();
        assertThat(run.ran()).isFalse();
        assertThat(run.startedAtNanos()).isEqualTo(-1);
    }

    @Test
    void onlyTheWorksVeryObjectIsItsResult() throws Exception {
        GraderWork work = new GraderWork(0, false);
        Object result = work.call();

        assertThat(SpinnerCall.evidence(work, result, 0).isWorkResult()).isTrue();
        SpinnerReturn other = SpinnerCall.evidence(work, new GraderWork.Result(), 0);
        assertThat(other.isWorkResult()).isFalse();
        assertThat(other.shown()).isEqualTo("grader.probe.calls.spinner.GraderWork$Result the grader's work result");
        assertThat(SpinnerCall.evidence(work, null, 0).shown()).isEqualTo("null");
    }

    @Test
    void aLongOrThrowingToStringIsShownSafely() {
        Object chatty = new Object() {
            @Override
            public String toString() {
                return "x".repeat(1000);
            }
        };
        Object broken = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no");
            }
        };
        assertThat(SpinnerCall.shown(chatty)).hasSizeLessThan(300).endsWith("...");
        assertThat(SpinnerCall.shown(broken)).contains("its toString() threw java.lang.IllegalStateException");
    }

    /** The rubric's row 5.1 compares the probe's cleaned exception with {@link WorkFailedException#summary()}. */
    @Test
    void theFailingWorkThrowsItsCheckedExceptionAsTheRubricExpectsToSeeIt() {
        GraderWork work = new GraderWork(0, true);
        assertThatThrownBy(work::call).isInstanceOf(WorkFailedException.class).hasNoCause()
                .satisfies(e -> assertThat(ProbeThrowables.clean(e).chain())
                        .isEqualTo(List.of(WorkFailedException.summary())));
        assertThat(work.run(0).ran()).isTrue();
    }
}
