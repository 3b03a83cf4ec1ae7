package grader.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

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
