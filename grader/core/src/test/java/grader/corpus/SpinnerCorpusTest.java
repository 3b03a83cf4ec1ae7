package grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import grader.engine.Grader;
import grader.engine.PhaseGate;
import grader.engine.PhaseTimes;
import grader.engine.run.SandboxChoice;
import grader.engine.run.StudentJvm;
import grader.report.GradeReport;
import grader.rubric.Assignment;
import grader.rubric.Assignments;
import grader.rubric.Parameters;
import grader.testsupport.RepoFiles;
import grader.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Task 5's corpus, graded with task 5 alone (as a course that adds it grades it): every {@code t5-} row of
 * {@code submissions/expected-kit.csv}, and the reference, gets exactly its score, lost rows and status.
 */
class SpinnerCorpusTest {

    /** One row of expected-kit.csv: {@code submission,course,score,max,lost,status}. */
    record Row(String submission, int course, int score, int max, Set<String> lost, String status) {
        @Override
        public String toString() {
            return submission;
        }
    }

    static Stream<Row> rows() throws IOException {
        return Files.readAllLines(RepoFiles.repo().resolve("submissions/expected-kit.csv")).stream().skip(1)
                .filter(line -> !line.isBlank()).map(SpinnerCorpusTest::parse).filter(r -> r.course() == 5);
    }

    private static Row parse(String line) {
        String[] f = line.split(",", -1);
        Set<String> lost = new TreeSet<>(f[4].isBlank() ? List.of() : Arrays.asList(f[4].split(";")));
        return new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), lost, f[5]);
    }

    @Test
    void theSkeletonScoresZero() throws Exception {
        long seed = Corpus.seed();
        GradeReport report = grade(RepoFiles.repo().resolve("assignments"), seed, new PhaseTimes());
        assertThat(report.score()).as("seed " + seed + "\n" + Corpus.feedback(report)).isZero();
        assertThat(report.maxScore()).isEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void gradesToItsExpectedScore(Row row) throws Exception {
        long seed = Corpus.seed();
        PhaseTimes times = new PhaseTimes();
        GradeReport report = grade(RepoFiles.repo().resolve("submissions").resolve(row.submission()), seed, times);
        // the measured times of each call, for the record of how long task 5 takes
        System.out.printf("t5-corpus %s seed %d score %d lost %s%n%s", row.submission(), seed, report.score(),
                Corpus.lost(report), times.toTsv().lines().map(l -> "t5-times " + row.submission() + "\t" + l + "\n")
                        .reduce("", String::concat));
        report.tasks().forEach(t -> t.checks().stream().filter(c -> !c.passed()).forEach(c -> System.out.printf(
                "t5-feedback %s %s%n%s%n%s%n", row.submission(), c.id(), c.feedback().in(Language.EN),
                c.feedback().in(Language.RU))));
        String why = "seed " + seed + "\n" + Corpus.feedback(report);
        assertThat(Corpus.lost(report)).as(why).isEqualTo(row.lost());
        assertThat(report.score()).as(why).isEqualTo(row.score());
        assertThat(report.maxScore()).isEqualTo(row.max());
        assertThat(report.status()).as(why).isEqualTo(row.status());
    }

    /** Grades with task 5 alone, in the sandbox {@code ./grade} would choose. */
    private static GradeReport grade(Path submission, long seed, PhaseTimes times) throws Exception {
        Assignment spinner = Assignments.installed().byNumber(5).orElseThrow();
        var settings = StudentJvm.Settings.defaults();
        var sandbox = SandboxChoice.detect(settings.java(), SandboxChoice.Mode.AUTO);
        Grader grader = new Grader(new StudentJvm(settings.withSandbox(sandbox.forSlot(0))), 4,
                PhaseGate.ofThisMachine(), List.of(spinner));
        Path scratch = Files.createTempDirectory("corpus-t5-");
        try {
            return grader.grade(submission, Parameters.fromSeed(seed), scratch, times);
        } finally {
            try (var files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
