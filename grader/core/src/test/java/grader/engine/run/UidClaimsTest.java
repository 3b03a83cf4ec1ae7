package grader.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UidClaimsTest {

    @Test
    void twoClaimsNeverShareAUserId() {
        OptionalInt first = new UidClaims().claim();
        OptionalInt second = new UidClaims().claim();
        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(first.getAsInt()).isNotEqualTo(second.getAsInt());
        assertThat(first.getAsInt()).isBetween(UidClaims.FIRST, UidClaims.LAST);
    }

    /**
     * A lock on a file belongs to the process, and closing any channel on the file drops it: a later claim that
     * opened the first id's file to test it would have set that id free for other graders.
     */
    @Test
    void aLaterClaimLeavesTheEarlierOnesLockedForOtherProcesses() throws Exception {
        OptionalInt first = new UidClaims().claim();
        OptionalInt second = new UidClaims().claim();
        OptionalInt third = new UidClaims().claim();
        assertThat(third).isPresent();
        Process lslocks = new ProcessBuilder("lslocks", "--noheadings", "--output", "PATH", "--pid",
                String.valueOf(ProcessHandle.current().pid())).redirectErrorStream(true).start();
        String held = new String(lslocks.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lslocks.waitFor()).as(held).isZero();
        for (OptionalInt uid : List.of(first, second, third)) {
            assertThat(held).contains("/concurrency-grader-uids/" + uid.getAsInt() + ".lock");
        }
    }

    /**
     * Student code runs as a slot's user id: were the claims' files open to it, it could hold a read lock on one
     * and keep that user id from every grader on the machine.
     */
    @Test
    void anotherUserCanNeitherListTheClaimsNorOpenOne() throws Exception {
        OptionalInt mine = new UidClaims().claim();
        OptionalInt student = new UidClaims().claim();
        assertThat(student).isPresent();
        Path folder = Path.of("/tmp/concurrency-grader-uids");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        Process p = new ProcessBuilder("setpriv", "--reuid=" + student.getAsInt(), "--regid=" + student.getAsInt(),
                "--clear-groups", "--", "sh", "-c", "ls " + folder + " 2>/dev/null; cat "
                + folder.resolve(mine.getAsInt() + ".lock") + " >/dev/null 2>&1 && echo opened").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isNotZero();
        assertThat(output).doesNotContain("opened").doesNotContain(mine.getAsInt() + ".lock");
    }

    @Test
    void aSlotKeepsItsSandboxAndItsUserId() {
        SandboxChoice choice = SandboxChoice.detect(java.nio.file.Path.of(ProcessHandle.current().info().command()
                .orElseThrow()), SandboxChoice.Mode.AUTO);
        assertThat(choice.forSlot(1)).isSameAs(choice.forSlot(1));
        if (choice.forSlot(0) instanceof LinuxSandbox zero && choice.forSlot(1) instanceof LinuxSandbox one
                && zero.uid().isPresent()) {
            assertThat(zero.uid()).isNotEqualTo(one.uid());
        }
    }
}
