package grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import grader.engine.Grader;
import grader.engine.PhaseGate;
import grader.engine.run.SandboxChoice;
import grader.engine.run.StudentJvm;
import grader.report.GradeReport;
import grader.rubric.Assignments;
import grader.rubric.Parameters;
import grader.testsupport.RepoFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Task 6 of the course kit on its corpus (the rows of {@code submissions/expected-kit.csv} for course 6): every
 * correct style gets 25, every one-flaw submission loses exactly its row, with a fresh seed each run.
 */
class BankKitCorpusTest {

    record Row(String submission, int score, int max, Set<String> lost, String status) {
        @Override
        public String toString() {
            return submission;
        }
    }

    static Stream<Row> rows() throws Exception {
        return Files.readAllLines(RepoFiles.repo().resolve("submissions/expected-kit.csv")).stream().skip(1)
                .filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).filter(f -> f[1].equals("6"))
                .map(f -> new Row(f[0], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        new TreeSet<>(f[4].isBlank() ? List.of() : Arrays.asList(f[4].split(";"))), f[5]));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void getsItsExpectedScore(Row row) throws Exception {
        long seed = Corpus.seed();
        GradeReport report = grade(RepoFiles.repo().resolve("submissions").resolve(row.submission()), seed);

        String why = row.submission() + " (seed " + seed + ")\n" + Corpus.feedback(report);
        assertThat(Corpus.lost(report)).as(why).isEqualTo(row.lost());
        assertThat(report.score()).as(why).isEqualTo(row.score());
        assertThat(report.maxScore()).as(why).isEqualTo(row.max());
        assertThat(report.status()).as(why).isEqualTo(row.status());
    }

    private static GradeReport grade(Path submission, long seed) throws Exception {
        var settings = StudentJvm.Settings.defaults();
        var sandbox = SandboxChoice.detect(settings.java(), SandboxChoice.Mode.AUTO);
        Path scratch = Files.createTempDirectory("kit-6-");
        try {
            return new Grader(new StudentJvm(settings.withSandbox(sandbox.forSlot(0))), 1, PhaseGate.ofThisMachine(),
                    List.of(Assignments.installed().byNumber(6).orElseThrow()))
                    .grade(submission, Parameters.fromSeed(seed), scratch);
        } finally {
            try (var files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
