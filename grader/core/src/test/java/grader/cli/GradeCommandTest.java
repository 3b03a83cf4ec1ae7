package grader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final GradeCommand command = new GradeCommand(new PrintWriter(out), new PrintWriter(err));

    @Test
    void helpPrintsUsageOnOutAndExitsZero() {
        int code = command.run("--help");

        assertThat(code).isEqualTo(GradeCommand.EXIT_OK).isZero();
        assertThat(out.toString()).startsWith("Usage: ./grade").contains("--json FILE").contains("--seed N")
                .contains("--parallel N");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shortHelpOptionAlsoPrintsUsage() {
        assertThat(command.run("-h")).isZero();
        assertThat(out.toString()).startsWith("Usage: ./grade");
    }

    @Test
    void helpWinsOverOtherArguments() {
        assertThat(command.run("does-not-exist", "--bogus", "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: ./grade");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void unknownOptionExitsTwoWithUsageOnErr() {
        int code = command.run("--frobnicate");

        assertThat(code).isEqualTo(GradeCommand.EXIT_USAGE).isEqualTo(2);
        assertThat(err.toString()).contains("--frobnicate").contains("Usage: ./grade");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void secondPathExitsTwo(@TempDir Path dir) {
        int code = command.run(dir.toString(), dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unexpected argument").contains("Usage: ./grade");
    }

    @Test
    void missingPathExitsTwoAndNamesIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-submission.zip");

        int code = command.run(missing.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(missing.toString());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void parallelZeroExitsTwo(@TempDir Path dir) {
        int code = command.run(dir.toString(), "--parallel", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--parallel must be at least 1").contains("Usage: ./grade");
    }

    @Test
    void nonNumericSeedExitsTwo(@TempDir Path dir) {
        assertThat(command.run(dir.toString(), "--seed", "abc")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: ./grade");
    }

    @Test
    void optionWithoutItsValueExitsTwo() {
        assertThat(command.run("--json")).isEqualTo(2);
        assertThat(err.toString()).contains("--json needs a value");
    }

    @Test
    void parseReadsEveryOption() {
        var options = GradeCommand.Options.parse("sub.zip", "--json", "out/results.json", "--seed", "42",
                "--parallel", "8", "--keep", "--sandbox", "none");

        assertThat(options).isEqualTo(new GradeCommand.Options(Path.of("sub.zip"), Path.of("out/results.json"), 42L,
                8, true, grader.engine.run.SandboxChoice.Mode.NONE));
    }

    @Test
    void parseReadsThePassMarkAndTheTemplateFolder() {
        assertThat(GradeCommand.Options.parse("--fail-under", "60").failUnder()).isEqualTo(60);
        assertThat(GradeCommand.Options.parse().failUnder()).as("no score fails by default").isZero();
        assertThat(GradeCommand.Options.parse("--export-template", "out").template()).isEqualTo(Path.of("out"));
    }

    @Test
    void parseDefaultsToTheAssignmentsFolderAndFourJvms() {
        var options = GradeCommand.Options.parse();

        assertThat(options.submission().getFileName()).hasToString("assignments");
        assertThat(options.json()).isNull();
        assertThat(options.seed()).isNull();
        assertThat(options.parallel()).isEqualTo(4);
        assertThat(options.keep()).isFalse();
    }

    @Test
    void parseRefusesNegativeParallel() {
        assertThatThrownBy(() -> GradeCommand.Options.parse("--parallel", "-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
