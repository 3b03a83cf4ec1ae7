package grader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two graders on one machine keep their phases apart through the machine lock: the other grader here is a JVM of
 * its own ({@link PhaseHolder}), as POSIX locks of one process do not exclude each other.
 */
@EnabledOnOs({OS.LINUX, OS.MAC}) // POSIX file locks
class PhaseGateAcrossProcessesTest {

    private static final Duration WAITS = Duration.ofMillis(500);
    private static final Duration GETS_IN = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private final List<Process> others = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        others.forEach(Process::destroyForcibly);
        threads.shutdownNow();
    }

    /** Every pair but busy beside busy: the other grader's phase keeps this one's out until it leaves. */
    @ParameterizedTest(name = "another grader''s {0} phase keeps this one''s {1} phase out")
    @CsvSource({"TIMED, BUSY", "BUSY, TIMED", "TIMED, TIMED"})
    void anotherGradersPhaseKeepsThisOnesOut(PhaseGate.Phase others, PhaseGate.Phase mine) throws Exception {
        OtherGrader other = start(others);
        other.awaitIn();

        var entered = PhaseGateTest.enterLater(gate(Duration.ofSeconds(60)), mine, threads);
        await().during(WAITS).atMost(GETS_IN).until(() -> !entered.isDone());
        other.leave();
        await().atMost(GETS_IN).until(entered::isDone);
    }

    @Test
    void busyPhasesOfTwoGradersRunTogether() throws Exception {
        start(PhaseGate.Phase.BUSY).awaitIn();

        PhaseGate.Pass mine = gate(Duration.ofSeconds(60)).enter(PhaseGate.Phase.BUSY);
        start(PhaseGate.Phase.BUSY).awaitIn();
        mine.close();
    }

    /** The turnstile: a grader whose busy phases overlap one another cannot keep a waiting timed phase out. */
    @Test
    void aWaitingTimedPhaseGoesBeforeAnotherGradersNewBusyPhase() throws Exception {
        PhaseGate.Pass mine = gate(Duration.ofSeconds(60)).enter(PhaseGate.Phase.BUSY);
        OtherGrader timed = start(PhaseGate.Phase.TIMED);
        await().during(WAITS).atMost(GETS_IN).until(() -> !timed.in().isDone());
        OtherGrader laterBusy = start(PhaseGate.Phase.BUSY);
        await().during(WAITS).atMost(GETS_IN).until(() -> !laterBusy.in().isDone());

        mine.close();
        timed.awaitIn();
        assertThat(laterBusy.in()).as("a busy phase that came after the waiting timed one").isNotDone();
        timed.leave();
        laterBusy.awaitIn();
    }

    @Test
    void aGraderThatHoldsThePhaseTooLongDelaysTheOthersOnlyByThePatience() throws Exception {
        start(PhaseGate.Phase.TIMED).awaitIn();

        long start = System.nanoTime();
        gate(Duration.ofMillis(300)).enter(PhaseGate.Phase.BUSY).close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300), GETS_IN);
    }

    @Test
    void aFileThatCannotBeOpenedLeavesTheGateToThisJvm() throws Exception {
        MachineLock none = MachineLock.open(folder.resolve("no-such-folder/phases.lock"), Duration.ofSeconds(60));
        assertThat(none).isSameAs(MachineLock.NONE);
        new PhaseGate(none).enter(PhaseGate.Phase.TIMED).close();
    }

    private Path file() {
        return folder.resolve("phases.lock");
    }

    private PhaseGate gate(Duration patience) {
        return new PhaseGate(MachineLock.open(file(), patience));
    }

    /** A {@link PhaseHolder} in a JVM of its own; {@code in} completes when it is in its phase. */
    private record OtherGrader(Process process, CompletableFuture<String> in) {

        void awaitIn() {
            await().atMost(GETS_IN).until(in::isDone);
            assertThat(in.join()).isEqualTo("in");
        }

        void leave() throws IOException, InterruptedException {
            process.getOutputStream().close();
            assertThat(process.waitFor()).isZero();
        }
    }

    private OtherGrader start(PhaseGate.Phase phase) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", classPath, PhaseHolder.class.getName(),
                file().toString(), phase.name()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        others.add(process);
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> in = CompletableFuture.supplyAsync(() -> {
            try {
                return reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threads);
        return new OtherGrader(process, in);
    }
}
