package grader.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calls of one slot run as one user id; each must still get its own processes and threads. Runs where the
 * grader is root and Linux lets it make control groups (as in {@code .ci/run}).
 */
class LinuxSandboxTest {

    /** The slot's cap, small so that a call uses up its half at once; a real slot's is {@link SandboxChoice#MAX_PROCESSES}. */
    private static final int CAP = 40;

    /** Starts far more processes than its cap allows, and leaves those it got sleeping. */
    private static final String HOG = "i=0; while [ $i -lt 100 ]; do sleep 60 & i=$((i+1)); done";
    /** What a small call beside it needs: ten processes at once. */
    private static final String SMALL = "for i in 1 2 3 4 5 6 7 8 9 10; do sleep 0.2 & done; wait";

    @TempDir
    Path scratch;

    private final UidClaims claims = new UidClaims();
    private LinuxSandbox sandbox;

    @AfterEach
    void killTheSlotsProcesses() {
        if (sandbox != null) {
            sandbox.cleanUp();
        }
    }

    @Test
    void aCallThatUsesUpItsCapLeavesTheCallBesideItItsOwn() throws Exception {
        int uid = ownUser();
        Optional<SlotCgroups> groups = SlotCgroups.of(uid, CAP);
        assumeThat(groups.filter(SlotCgroups::capsProcesses)).as("control groups with a pids controller").isPresent();
        sandbox = new LinuxSandbox(false, OptionalInt.of(uid), CAP, groups);

        assertThat(run("hog", HOG)).as("the hog's own shell cannot fork past its cap").isNotZero();
        assertThat(UserProcesses.of(uid)).as("the hog's sleepers hold its cap").hasSizeGreaterThan(CAP / 4);
        assertThat(run("small", SMALL)).as("the call beside it starts its ten processes").isZero();
    }

    /** The contrast that shows what the groups are for: with the user's cap alone, the hog starves its neighbour. */
    @Test
    void withOnlyTheUsersCapTheHogStarvesTheCallBesideIt() throws Exception {
        int uid = ownUser();
        sandbox = new LinuxSandbox(false, OptionalInt.of(uid), CAP, Optional.empty());

        run("hog", HOG);
        assertThat(run("small", SMALL)).isNotZero();
    }

    private int ownUser() throws IOException {
        assumeThat(Files.readString(Path.of("/proc/self/status"))).as("the grader runs as root")
                .containsPattern("(?m)^Uid:\\s+0\\s");
        OptionalInt uid = claims.claim();
        assumeThat(uid).isPresent();
        return uid.getAsInt();
    }

    /** Runs {@code sh -c script} as a call of the slot, in a folder of its own, and gives its exit status. */
    private int run(String call, String script) throws IOException, InterruptedException {
        Path folder = Files.createDirectories(scratch.resolve(call));
        sandbox.prepare(folder);
        Process p = new ProcessBuilder(sandbox.wrap(List.of("sh", "-c", script), folder, List.of()))
                .directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS)).as(call + " ended").isTrue();
        return p.exitValue();
    }
}
