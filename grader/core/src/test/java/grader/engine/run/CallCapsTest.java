package grader.engine.run;

import grader.rubric.CapBreach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import grader.text.Language;
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
 * Each call's files and memory are capped, and the grader itself sees a call that went past a cap, whatever the
 * call did with the error. Runs where the grader is root with bubblewrap, mounts and a memory controller (as on
 * the project's machine); the caps are the real ones ({@link CallCaps#defaults()}).
 */
class CallCapsTest {

    private static final long CAP = CallCaps.defaults().fileBytes();

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
    void writingPastTheBudgetIntoTmpIsSeenThoughTheWriterIgnoresTheError() throws Exception {
        sandboxed();
        // dd stops at the first failed write and the shell carries on: the call itself ends well
        Ran ran = run("fill", "dd if=/dev/zero of=/tmp/fill bs=1M count=100 2>/dev/null; exit 0");
        assertThat(ran.exit()).isZero();
        assertThat(ran.breach()).map(CapBreach::cap).contains(CapBreach.Cap.FILE_BYTES);
        assertThat(ran.breach().orElseThrow().used()).isGreaterThan(CAP - CallFiles.FULL_MARGIN);
    }

    @Test
    void tmpAndTheWorkingFolderShareOneBudget() throws Exception {
        sandboxed();
        Ran ran = run("share", "dd if=/dev/zero of=/tmp/a bs=1M count=40 2>/dev/null; "
                + "dd if=/dev/zero of=b bs=1M count=40 2>/dev/null; exit 0");
        assertThat(ran.breach()).map(CapBreach::cap).contains(CapBreach.Cap.FILE_BYTES);
    }

    @Test
    void aCallWellWithinItsBudgetIsNotFlagged() throws Exception {
        sandboxed();
        Ran ran = run("small", "dd if=/dev/zero of=/tmp/a bs=1M count=8 2>/dev/null && "
                + "dd if=/dev/zero of=b bs=1M count=8 2>/dev/null && mkdir d && touch d/1 d/2 d/3");
        assertThat(ran.exit()).isZero();
        assertThat(ran.breach()).isEmpty();
    }

    @Test
    void creatingMoreFilesThanTheBudgetIsSeen() throws Exception {
        sandboxed();
        Ran ran = run("many", "mkdir -p /dev/shm/m; i=0; while [ $i -lt 5000 ]; do : > /dev/shm/m/$i 2>/dev/null; "
                + "i=$((i+1)); done; exit 0");
        assertThat(ran.breach()).map(CapBreach::cap).contains(CapBreach.Cap.FILES);
        assertThat(ran.breach().orElseThrow().used()).isEqualTo(CallCaps.defaults().files());
    }

    @Test
    void nothingOutsideTheBudgetIsWritable() throws Exception {
        sandboxed();
        for (String path : List.of("/x", "/dev/x", "/etc/x", "/usr/x")) {
            assertThat(run("outside", ": > " + path).exit()).as(path).isNotZero();
        }
    }

    @Test
    void noBudgetStaysMountedAfterACall() throws Exception {
        sandboxed();
        run("fill", "dd if=/dev/zero of=/tmp/fill bs=1M count=100 2>/dev/null; exit 0");
        assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).doesNotContain(scratch.toString());
    }

    /** A grader that died mid-call left its budget mounted; the next one to take the user id removes it. */
    @Test
    void aBudgetLeftByACrashedGraderIsUnmountedByTheNextHolderOfTheUserId() throws Exception {
        int uid = ownUser();
        Optional<CallFiles> crashed = CallFiles.of(uid, CallCaps.defaults());
        assumeThat(crashed).as("the grader may mount file systems").isPresent();
        Path left = Files.createDirectories(scratch.resolve("left"));
        crashed.get().mount(left);
        assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).contains(left.toString());

        CallFiles.of(uid, CallCaps.defaults());

        assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).doesNotContain(left.toString());
    }

    @Test
    void aCallWhoseProcessesTogetherNeedMoreMemoryThanItsCapIsSeen() throws Exception {
        sandboxed();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // one JVM that touches a 3 GiB heap before main: the kernel kills it, within the call's group only
        Ran ran = run("memory", java + " -Xms3g -Xmx3g -XX:+AlwaysPreTouch -XX:+UseSerialGC -version");
        assertThat(ran.exit()).isNotZero();
        assertThat(ran.breach()).map(CapBreach::cap).contains(CapBreach.Cap.MEMORY);
    }

    @Test
    void aJvmWellWithinTheMemoryCapIsNotFlagged() throws Exception {
        sandboxed();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Ran ran = run("memory", java + " -Xms256m -Xmx256m -XX:+AlwaysPreTouch -XX:+UseSerialGC -version");
        assertThat(ran.exit()).isZero();
        assertThat(ran.breach()).isEmpty();
    }

    /** Without bubblewrap (a user id of its own only) the working folder and the memory are capped the same way. */
    @Test
    void withoutBubblewrapTheWorkingFolderAndTheMemoryAreCappedToo() throws Exception {
        int uid = ownUser();
        Files.setPosixFilePermissions(scratch, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
        sandbox = new LinuxSandbox(false, OptionalInt.of(uid), SandboxChoice.MAX_PROCESSES,
                SlotCgroups.of(uid, SandboxChoice.MAX_PROCESSES));
        assumeThat(sandbox.describe().in(Language.EN)).contains("files per call").contains("of memory per call");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        assertThat(run("fill", "dd if=/dev/zero of=fill bs=1M count=100 2>/dev/null; exit 0").breach())
                .map(CapBreach::cap).contains(CapBreach.Cap.FILE_BYTES);
        assertThat(run("memory", java + " -Xms3g -Xmx3g -XX:+AlwaysPreTouch -XX:+UseSerialGC -version").breach())
                .map(CapBreach::cap).contains(CapBreach.Cap.MEMORY);
        assertThat(run("fine", java + " -Xmx256m -version").breach()).isEmpty();
    }

    /** Without a user id of its own there is no budget to mount: bubblewrap's own /tmp and /dev/shm are sized. */
    @Test
    void withoutAUserIdOfItsOwnBubblewrapsTmpIsStillSized() throws Exception {
        assumeThat(Path.of("/usr/bin/bwrap")).as("bubblewrap").exists();
        Files.setPosixFilePermissions(scratch, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
        sandbox = new LinuxSandbox(true, OptionalInt.empty(), SandboxChoice.MAX_PROCESSES, Optional.empty());
        for (String folder : List.of("/tmp", "/dev/shm")) {
            // the file stops at the cap: at most 64 MiB of the 100 asked for
            Ran ran = run("sized", "dd if=/dev/zero of=" + folder + "/x bs=1M count=100 2>/dev/null; "
                    + "[ $(stat -c %s " + folder + "/x) -le " + CAP + " ]");
            assertThat(ran.exit()).as(folder).isZero();
            assertThat(ran.breach()).as("nothing the grader can see").isEmpty();
        }
    }

    @Test
    void theFeedbackNamesTheCapAndWhatWasMeasured() {
        assertThat(grader.text.Catalog.of(grader.text.Language.EN).text(new CapBreach(CapBreach.Cap.FILE_BYTES, 64L << 20, 64L << 20).message("compute(10)")))
                .startsWith("compute(10) wrote more than 64 MiB of files").contains("64 MiB when it ended");
        assertThat(grader.text.Catalog.of(grader.text.Language.EN).text(new CapBreach(CapBreach.Cap.FILES, 4096, 4096).message("compute(10)")))
                .startsWith("compute(10) created more than 4096 files and folders (4096 when it ended)");
        assertThat(grader.text.Catalog.of(grader.text.Language.EN).text(new CapBreach(CapBreach.Cap.MEMORY, 2L << 30, 1).message("run(3)")))
                .startsWith("run(3) used more than 2 GiB of memory").endsWith("the kernel killed 1 of its processes");
        assertThat(CapBreach.size(1536L << 20)).isEqualTo("1.5 GiB");
    }

    private record Ran(int exit, Optional<CapBreach> breach) {}

    /** The slot's sandbox as the grader makes it here: bubblewrap and a user id of its own. */
    private void sandboxed() throws IOException {
        int uid = ownUser();
        // the sandbox's user passes through the scratch folder to its own, as in Grader
        Files.setPosixFilePermissions(scratch, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
        assumeThat(Path.of("/usr/bin/bwrap")).as("bubblewrap").exists();
        sandbox = new LinuxSandbox(true, OptionalInt.of(uid), SandboxChoice.MAX_PROCESSES,
                SlotCgroups.of(uid, SandboxChoice.MAX_PROCESSES));
        assumeThat(sandbox.describe().in(Language.EN)).as("mounts and a memory controller")
                .contains("files per call").contains("of memory per call");
    }

    private int ownUser() throws IOException {
        assumeThat(Files.readString(Path.of("/proc/self/status"))).as("the grader runs as root")
                .containsPattern("(?m)^Uid:\\s+0\\s");
        OptionalInt uid = claims.claim();
        assumeThat(uid).isPresent();
        return uid.getAsInt();
    }

    /** Runs {@code sh -c script} as a call of the slot, in a folder of its own, as the grader runs a JVM. */
    private Ran run(String call, String script) throws IOException, InterruptedException {
        Path folder = Files.createDirectories(scratch.resolve(call));
        sandbox.prepare(folder);
        Path jdk = Path.of(System.getProperty("java.home"));
        Process p = new ProcessBuilder(sandbox.wrap(List.of("sh", "-c", script), folder, List.of(jdk)))
                .directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(Duration.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS)).as(call + " ended").isTrue();
        return new Ran(p.exitValue(), sandbox.finish(folder));
    }
}
