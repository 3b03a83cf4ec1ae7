package grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraderBuildTest {

    private static final FileTime BEFORE = FileTime.from(Instant.parse("2026-01-01T10:00:00Z"));
    private static final FileTime BUILT = FileTime.from(Instant.parse("2026-01-01T11:00:00Z"));
    private static final FileTime AFTER = FileTime.from(Instant.parse("2026-01-01T12:00:00Z"));

    @TempDir
    Path home;

    private Path jar;

    @BeforeEach
    void aBuiltRepository() throws IOException {
        write("pom.xml", BEFORE);
        write("grader/core/pom.xml", BEFORE);
        write("grader/core/src/main/java/grader/cli/GradeCommand.java", BEFORE);
        jar = write("grader/core/target/grader.jar", BUILT);
    }

    @Test
    void aJarNewerThanEverySourceIsFresh() {
        assertThat(GraderBuild.isStale(home, jar)).isFalse();
    }

    @Test
    void aChangedGraderSourceOrPomMakesItStale() throws IOException {
        write("grader/probe/src/main/java/grader/probe/CallRunner.java", AFTER);
        assertThat(GraderBuild.isStale(home, jar)).isTrue();

        aBuiltRepository();
        write("pom.xml", AFTER);
        assertThat(GraderBuild.isStale(home, jar)).isTrue();
    }

    @Test
    void buildOutputTestsAndTheHomeworkDoNotCount() throws IOException {
        write("grader/core/target/classes/grader/cli/GradeCommand.class", AFTER);
        write("grader/core/src/test/java/grader/cli/GradeCommandTest.java", AFTER);
        write("assignments/src/main/java/homework/squares/SquaresAndCubes.java", AFTER);

        assertThat(GraderBuild.isStale(home, jar)).isFalse();
    }

    @Test
    void noJarIsStale() {
        assertThat(GraderBuild.isStale(home, home.resolve("grader/core/target/missing.jar"))).isTrue();
    }

    private Path write(String relative, FileTime time) throws IOException {
        Path file = home.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, relative);
        Files.setLastModifiedTime(file, time);
        return file;
    }
}
