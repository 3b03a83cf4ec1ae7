package grader.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where neither bubblewrap nor Landlock works, a slot's user may write to {@code /tmp}; what it left there must
 * not outlive its submission. Runs where the grader is root.
 */
class UserLeftoversTest {

    @TempDir
    Path scratch;

    @Test
    void cleaningUpASlotRemovesWhatItsUserLeftInTheSharedFolders() throws Exception {
        assumeThat(Files.readString(Path.of("/proc/self/status"))).as("the grader runs as root")
                .containsPattern("(?m)^Uid:\\s+0\\s");
        OptionalInt uid = new UidClaims().claim();
        assumeThat(uid).isPresent();
        var sandbox = new LinuxSandbox(false, uid, 64, Optional.empty(), Optional.empty());
        String name = "leftover-test-" + ProcessHandle.current().pid();
        Path ours = Files.writeString(Path.of("/tmp", name + "-the-graders"), "root's own");
        try {
            Path work = Files.createDirectories(scratch.resolve("call"));
            sandbox.prepare(work);
            String script = "for d in /tmp /var/tmp /dev/shm; do echo x > $d/" + name + "; mkdir -p $d/" + name
                    + "-dir/deeper && echo y > $d/" + name + "-dir/deeper/file; ln -s /etc/passwd $d/" + name
                    + "-link; done";
            Process p = new ProcessBuilder(sandbox.wrap(List.of("sh", "-c", script), work, List.of()))
                    .directory(work.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(Path.of("/tmp", name)).as("written as the slot's user").exists();

            sandbox.cleanUp();

            for (String shared : List.of("/tmp", "/var/tmp", "/dev/shm")) {
                assertThat(Path.of(shared, name)).doesNotExist();
                assertThat(Path.of(shared, name + "-dir")).doesNotExist();
                assertThat(Files.exists(Path.of(shared, name + "-link"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                        .isFalse();
            }
            assertThat(Path.of("/etc/passwd")).as("a link is removed, not followed").exists();
            assertThat(ours).as("another user's file stays").exists();
        } finally {
            Files.deleteIfExists(ours);
        }
    }
}
