package grader.probe.capture;

import static org.assertj.core.api.Assertions.assertThat;

import grader.probe.calls.squares.SquaresLines;
import grader.probe.evidence.Witness;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * The first-line rendezvous: correct solutions are released at once (their partner prints, or is stuck behind
 * the held thread's own lock), and only a thread with no partner at all waits out the time-out.
 */
class PartnerRendezvousTest {

    /** Far longer than any release at once takes, so that "released before the time-out" cannot be luck. */
    private static final long TIMEOUT_MILLIS = 20_000;

    private final Recorder recorder = new Recorder(System.nanoTime(), 1 << 20, () -> {});

    private LineCapture captureFor(Thread caller, long firstStudentThread, PartnerRendezvous[] made) {
        made[0] = new PartnerRendezvous(recorder, caller, firstStudentThread, SquaresLines::kindOf, TIMEOUT_MILLIS);
        return new LineCapture(recorder, made[0]);
    }

    @Test
    void twoThreadsStartedTogetherInterleaveWithoutWaiting() throws InterruptedException {
        var made = new PartnerRendezvous[1];
        long first = Threads.highestId() + 1;
        LineCapture out = captureFor(Thread.currentThread(), first, made);
        Thread squares = new Thread(() -> { for (int i = 1; i <= 10; i++) out.println(i + "^2 = " + i * i); });
        Thread cubes = new Thread(() -> { for (int i = 1; i <= 10; i++) out.println(i + "^3 = " + i * i * i); });
        long started = System.nanoTime();
        squares.start();
        cubes.start();
        squares.join();
        cubes.join();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(TIMEOUT_MILLIS / 2));
        // Whoever printed first was held until the other printed, so the other's first line is between its lines.
        var lines = recorder.lines();
        long firstPrinter = lines.get(0).threadId();
        long lastOfFirst = lines.stream().filter(l -> l.threadId() == firstPrinter).mapToLong(l -> l.seq()).max()
                .orElseThrow();
        assertThat(lines.stream().filter(l -> l.threadId() != firstPrinter).mapToLong(l -> l.seq()).min()
                .orElseThrow()).isLessThan(lastOfFirst);
    }

    @Test
    void aPartnerStuckBehindTheHeldThreadsOwnLockReleasesItAndIsWitnessed() throws InterruptedException {
        var made = new PartnerRendezvous[1];
        long first = Threads.highestId() + 1;
        LineCapture out = captureFor(Thread.currentThread(), first, made);
        var lock = new ReentrantLock();
        Thread squares = new Thread(() -> {
            lock.lock();
            try {
                for (int i = 1; i <= 10; i++) out.println(i + "^2 = " + i * i);
            } finally {
                lock.unlock();
            }
        });
        Thread cubes = new Thread(() -> {
            lock.lock();
            try {
                for (int i = 1; i <= 10; i++) out.println(i + "^3 = " + i * i * i);
            } finally {
                lock.unlock();
            }
        });
        long started = System.nanoTime();
        squares.start();
        while (recorder.lines().isEmpty()) {
            Thread.onSpinWait();
        }
        cubes.start();
        squares.join();
        cubes.join();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(TIMEOUT_MILLIS / 2));
        assertThat(made[0].witnesses()).singleElement().satisfies(w -> {
            assertThat(w.heldThreadId()).isEqualTo(squares.getId());
            assertThat(w.aliveThreadIds()).contains(cubes.getId());
            assertThat(w.timedOut()).isFalse();
        });
    }

    @Test
    void aThreadWhosePartnerIsNotStartedYetIsReleasedWhenTheCallerWaitsForIt() throws InterruptedException {
        var made = new PartnerRendezvous[1];
        long first = Threads.highestId() + 1;
        LineCapture out = captureFor(Thread.currentThread(), first, made);
        Thread squares = new Thread(() -> { for (int i = 1; i <= 3; i++) out.println(i + "^2 = " + i * i); });
        long started = System.nanoTime();
        squares.start();
        squares.join(); // the sequential mistake: the cube thread would only start after this

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(TIMEOUT_MILLIS / 2));
        assertThat(made[0].witnesses()).singleElement().extracting(Witness::aliveThreadIds)
                .satisfies(ids -> assertThat(ids).doesNotContain(squares.getId()));
    }

    @Test
    void theCallerItselfIsNeverHeld() {
        var made = new PartnerRendezvous[1];
        LineCapture out = captureFor(Thread.currentThread(), Threads.highestId() + 1, made);
        long started = System.nanoTime();
        out.println("1^2 = 1");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(TIMEOUT_MILLIS / 2));
        assertThat(made[0].witnesses()).isEmpty();
    }

    @Test
    void aBusyThreadThatNeverPrintsMakesTheHoldWaitForItsTimeOut() throws InterruptedException {
        var made = new PartnerRendezvous[1];
        long first = Threads.highestId() + 1;
        made[0] = new PartnerRendezvous(recorder, Thread.currentThread(), first, SquaresLines::kindOf, 300);
        LineCapture out = new LineCapture(recorder, made[0]);
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread spinner = new Thread(() -> { while (!stop.get()) Thread.onSpinWait(); });
        spinner.start();
        Thread squares = new Thread(() -> out.println("1^2 = 1"));
        squares.start();
        squares.join();
        stop.set(true);
        spinner.join();

        assertThat(made[0].witnesses()).singleElement().extracting(Witness::timedOut).isEqualTo(true);
    }
}
