package grader.probe.capture;

import static org.assertj.core.api.Assertions.assertThat;

import grader.probe.evidence.PrintedLine;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LineCaptureTest {

    private final AtomicInteger limitHits = new AtomicInteger();
    private final Recorder recorder = new Recorder(System.nanoTime(), 1 << 20, limitHits::incrementAndGet);
    private final LineCapture out = new LineCapture(recorder, FirstLineHold.NONE);

    @Test
    void printfPiecesAndPercentNMakeOneLine() {
        out.printf("%d^2 = %d%n", 3, 9);
        out.print("4^2");
        out.print(" = ");
        out.println(16);

        assertThat(recorder.lines()).extracting(PrintedLine::text).containsExactly("3^2 = 9", "4^2 = 16");
    }

    @Test
    void windowsLineSeparatorsAreDropped() {
        out.print("7\r\n");
        assertThat(recorder.lines()).extracting(PrintedLine::text).containsExactly("7");
    }

    @Test
    void eachLineIsAttributedToTheThreadThatPrintedIt() throws InterruptedException {
        var bothStarted = new CountDownLatch(2);
        Runnable half = () -> {
            out.print(Thread.currentThread().getName() + " begins ");
            bothStarted.countDown();
            try {
                bothStarted.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.println("and ends");
        };
        Thread a = new Thread(half, "a");
        Thread b = new Thread(half, "b");
        a.start();
        b.start();
        a.join();
        b.join();

        // Both threads printed half a line before either finished: lines are still whole and their own.
        assertThat(recorder.lines()).extracting(l -> l.threadName() + ": " + l.text())
                .containsExactlyInAnyOrder("a: a begins and ends", "b: b begins and ends");
    }

    @Test
    void anUnfinishedLineIsRecordedAsUnterminated() {
        out.print("no newline");
        out.finish();
        assertThat(recorder.lines()).singleElement()
                .satisfies(l -> assertThat(l.terminated()).isFalse())
                .satisfies(l -> assertThat(l.text()).isEqualTo("no newline"));
    }

    @Test
    void outputPastTheLimitIsDroppedAndReportedOnce() {
        var small = new Recorder(System.nanoTime(), 100, limitHits::incrementAndGet);
        var capture = new LineCapture(small, FirstLineHold.NONE);
        for (int i = 0; i < 50; i++) {
            capture.println("line number " + i);
        }
        assertThat(limitHits).hasValue(1);
        assertThat(small.overLimit()).isTrue();
        assertThat(small.lines()).hasSizeLessThan(10);
    }

    @Test
    void theHoldRunsOnceAThreadCompletesItsFirstLineAndNotBefore() {
        var held = new AtomicInteger();
        var capture = new LineCapture(recorder, thread -> held.incrementAndGet());
        capture.print("1^2");
        assertThat(held).hasValue(0);
        capture.println(" = 1");
        capture.println("2^2 = 4");
        assertThat(held).hasValue(1);
    }
}
