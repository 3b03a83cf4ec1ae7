package grader.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a program confined by {@link Landlock} can reach: its readable folders and its own folder, and nothing of
 * a folder beside them that any user may read. Runs where the kernel offers Landlock and a system python3 exists.
 */
class LandlockTest {

    @TempDir
    Path temp;

    private Landlock landlock;
    private Path readable;
    private Path outside;
    private Path work;

    @BeforeEach
    void foldersThatAnyUserMayRead() throws Exception {
        Optional<Landlock> found = Landlock.find();
        assumeThat(found).as("a system python3").isPresent();
        landlock = found.get();
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        readable = Files.createDirectories(temp.resolve("jdk"));
        Files.writeString(readable.resolve("lib"), "a library");
        outside = Files.createDirectories(temp.resolve("class-folder"));
        Files.writeString(outside.resolve("Classmate.java"), "class Classmate {}");
        work = Files.createDirectories(temp.resolve("work"));
        Result probe = run("true");
        assumeThat(probe.status()).as("the kernel offers Landlock: " + probe.output()).isZero();
    }

    @Test
    void itReadsWhatItIsGivenAndWritesItsOwnFolder() throws Exception {
        Result result = run("cat " + readable.resolve("lib") + " && echo mine > " + work.resolve("file")
                + " && mkdir " + work.resolve("sub") + " && cat " + work.resolve("file"));
        assertThat(result.status()).as(result.output()).isZero();
        assertThat(result.output()).contains("a library").contains("mine");
    }

    /** {@code ProcessBuilder.Redirect.DISCARD} opens /dev/null to write, truncating it, as the shell's {@code >}. */
    @Test
    void itMayDiscardOutputAndReadRandomBytes() throws Exception {
        Result result = run("echo gone > /dev/null && head -c 4 /dev/urandom > " + work.resolve("random"));
        assertThat(result.status()).as(result.output()).isZero();
        assertThat(work.resolve("random")).hasSize(4);
    }

    @Test
    void itCanNeitherListNorReadAFolderBesideIt() throws Exception {
        assertThat(run("ls " + outside).status()).isNotZero();
        Result read = run("cat " + outside.resolve("Classmate.java"));
        assertThat(read.status()).isNotZero();
        assertThat(read.output()).contains("Permission denied").doesNotContain("class Classmate");
        assertThat(run("cat " + temp.resolve("..").normalize().toString() + "/*/class-folder/*").output())
                .doesNotContain("class Classmate");
    }

    @Test
    void itLeavesNothingInTheSharedTemporaryFolders() throws Exception {
        String name = "landlock-test-" + ProcessHandle.current().pid();
        for (String shared : List.of("/tmp", "/var/tmp", "/dev/shm")) {
            Path file = Path.of(shared, name);
            assertThat(run("echo x > " + file).status()).as(shared).isNotZero();
            assertThat(file).as(shared).doesNotExist();
        }
        assertThat(run("echo x > " + readable.resolve("changed")).status()).as("a readable folder").isNotZero();
    }

    @Test
    void whatItStartsIsConfinedToo() throws Exception {
        Result child = run("sh -c 'cat " + outside.resolve("Classmate.java") + "'");
        assertThat(child.status()).isNotZero();
        assertThat(child.output()).doesNotContain("class Classmate");
    }

    private record Result(int status, String output) {}

    private Result run(String script) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(landlock.prefix(List.of(readable), work));
        command.addAll(List.of("/bin/sh", "-c", script));
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        return new Result(p.exitValue(), output);
    }
}
