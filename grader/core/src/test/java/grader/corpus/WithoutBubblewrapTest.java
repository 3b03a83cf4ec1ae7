package grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import grader.score.Points;
import grader.engine.run.SandboxChoice;
import grader.report.GradeReport;
import grader.report.TaskResult;
import grader.testsupport.RepoFiles;
import grader.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where bubblewrap cannot run but the grader is root (a container such as Gradescope's), each slot runs as a user
 * id of its own, confined by Landlock. Graded in that mode the way an instructor grades a class, with
 * {@code ./grade --batch CLASS} (so the class folder is in the grader's command line, which any process can read in
 * {@code /proc}), from a class folder any user may read, beside a classmate graded at the same time:
 * {@code hostile-class-snoop} must find nothing of the class, the repository or its neighbour, score exactly its
 * row of expected.csv, and leave nothing in the folders every user may write to.
 */
class WithoutBubblewrapTest {

    private static final List<String> CLASS = List.of("executors", "hostile-class-snoop", "reference");
    private static final List<Path> SHARED = List.of(Path.of("/tmp"), Path.of("/var/tmp"), Path.of("/dev/shm"));

    @TempDir
    Path temp;

    @Test
    void aSnoopGradedAsASlotsUserFindsNothingAndLeavesNothing() throws Exception {
        assumeThat(landlockWorksHere()).as("the grader is root and Landlock works here").isTrue();
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path classFolder = temp.resolve("class-2026");
        for (String name : CLASS) {
            RepoFiles.copyTree(RepoFiles.repo().resolve("submissions").resolve(name), classFolder.resolve(name));
        }
        Path grades = temp.resolve("grades");
        long seed = Corpus.seed();

        Path log = temp.resolve("batch.log");
        Process batch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-Dgrader.home=" + RepoFiles.repo(), "grader.cli.GradeCommand", "--batch", classFolder.toString(),
                "--out", grades.toString(), "--jobs", "2", "--seed", Long.toString(seed), "--sandbox", "uid")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(batch.waitFor(10, TimeUnit.MINUTES)).as("the batch ended").isTrue();
        assertThat(batch.exitValue()).as(Files.readString(log)).isZero();

        ObjectMapper json = new ObjectMapper();
        for (Corpus.Expected expected : Corpus.expected()) {
            if (!CLASS.contains(expected.submission())) {
                continue;
            }
            GradeReport report = json.readValue(grades.resolve(expected.submission()).resolve("grade.json")
                    .toFile(), GradeReport.class);
            String why = "seed " + seed + ", feedback:\n" + Corpus.feedback(report);
            assertThat(report.sandbox().in(Language.EN)).as("graded without bubblewrap").contains("Landlock")
                    .doesNotContain("bubblewrap");
            assertThat(Corpus.lost(report)).as(why).isEqualTo(expected.lost());
            assertThat(report.tasks().stream().map(TaskResult::score).toList()).as(why)
                    .isEqualTo(java.util.Arrays.stream(expected.tasks()).mapToObj(Points::of).toList());
            assertThat(report.score()).as(why).isEqualTo(Points.of(expected.total()));
            assertThat(report.status()).as(why).isEqualTo(expected.status());
        }
        for (Path shared : SHARED) {
            try (Stream<Path> entries = Files.list(shared)) {
                assertThat(entries.map(p -> p.getFileName().toString()))
                        .as("left in " + shared).noneMatch(n -> n.startsWith("hostile-class-snoop-"));
            }
        }
    }

    private static boolean landlockWorksHere() {
        try {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            return SandboxChoice.detect(java, SandboxChoice.Mode.UID).landlock();
        } catch (IllegalStateException e) {
            return false; // not root, or no prlimit and setpriv
        }
    }
}
