package grader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PhaseGateTest {

    private final PhaseGate gate = new PhaseGate();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private CompletableFuture<PhaseGate.Pass> enterLater(PhaseGate.Phase phase) {
        return enterLater(gate, phase, threads);
    }

    /** Enters {@code phase} on one of {@code threads}; the future completes once it is in. */
    static CompletableFuture<PhaseGate.Pass> enterLater(PhaseGate gate, PhaseGate.Phase phase, Executor threads) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return gate.enter(phase);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, threads);
    }

    @Test
    void aTimedPhaseWaitsUntilNoOneIsBusy() throws InterruptedException {
        PhaseGate.Pass busy = gate.enter(PhaseGate.Phase.BUSY);
        var timed = enterLater(PhaseGate.Phase.TIMED);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> !timed.isDone());
        busy.close();
        await().atMost(Duration.ofSeconds(5)).until(timed::isDone);
    }

    @Test
    void timedPhasesRunOneAtATime() throws InterruptedException {
        PhaseGate.Pass first = gate.enter(PhaseGate.Phase.TIMED);
        waitsUntilReleased(enterLater(PhaseGate.Phase.TIMED), first);
    }

    @Test
    void busyPhasesRunTogetherButNotBesideATimedOne() throws InterruptedException {
        PhaseGate.Pass one = gate.enter(PhaseGate.Phase.BUSY);
        PhaseGate.Pass two = gate.enter(PhaseGate.Phase.BUSY);
        one.close();
        two.close();
        PhaseGate.Pass timed = gate.enter(PhaseGate.Phase.TIMED);
        waitsUntilReleased(enterLater(PhaseGate.Phase.BUSY), timed);
    }

    @Test
    void aWaitingTimedPhaseGoesBeforeNewBusyOnes() throws InterruptedException {
        PhaseGate.Pass busy = gate.enter(PhaseGate.Phase.BUSY);
        var timed = enterLater(PhaseGate.Phase.TIMED);
        Thread.sleep(200); // the timed phase is now waiting for the busy one (its waiting cannot be observed)
        var laterBusy = enterLater(PhaseGate.Phase.BUSY);
        busy.close();
        await().atMost(Duration.ofSeconds(5)).until(timed::isDone);
        assertThat(laterBusy).isNotDone();
        timed.join().close();
        await().atMost(Duration.ofSeconds(5)).until(laterBusy::isDone);
    }

    @Test
    void closingTwiceLeavesOnce() throws InterruptedException {
        PhaseGate.Pass busy = gate.enter(PhaseGate.Phase.BUSY);
        PhaseGate.Pass other = gate.enter(PhaseGate.Phase.BUSY);
        busy.close();
        busy.close();
        waitsUntilReleased(enterLater(PhaseGate.Phase.TIMED), other);
    }

    /** {@code waiting} stays blocked while {@code holder} is held, and gets through once it is closed. */
    private static void waitsUntilReleased(CompletableFuture<?> waiting, PhaseGate.Pass holder) {
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());
        holder.close();
        await().atMost(Duration.ofSeconds(5)).until(waiting::isDone);
    }
}
