package grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import grader.engine.Grader;
import grader.engine.PhaseGate;
import grader.engine.PhaseTimes;
import grader.engine.run.SandboxChoice;
import grader.engine.run.StudentJvm;
import grader.report.GradeReport;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Task 7's corpus (the rows of {@code submissions/expected-kit.csv} whose course is 7), graded as a course of
 * task 7 alone: each submission gets exactly its score, loses exactly its rows, with its status, every time.
 * {@code -Dgrader.kit.repeat=3} grades each three times, {@code -Dgrader.kit.only=a,b} only those,
 * {@code -Dgrader.kit.feedback=true} prints the feedback of every lost row in both languages; {@code -Dgrader.seed=N}
 * replays a seed.
 */
class PipelineCorpusTest {

    record Expected(String submission, int score, int max, Set<String> lost, String status) {
        @Override
        public String toString() {
            return submission;
        }
    }

    static Stream<Expected> expected() throws IOException {
        String only = System.getProperty("grader.kit.only", "");
        return Files.readAllLines(RepoFiles.repo().resolve("submissions/expected-kit.csv")).stream().skip(1)
                .filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).filter(f -> f[1].equals("7"))
                .filter(f -> only.isEmpty() || Arrays.asList(only.split(",")).contains(f[0]))
                .map(f -> new Expected(f[0], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        new TreeSet<>(f[4].isBlank() ? List.of() : Arrays.asList(f[4].split(";"))), f[5]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void getsItsExactScoreEveryTime(Expected expected) throws Exception {
        int repeat = Integer.getInteger("grader.kit.repeat", 1);
        for (int i = 0; i < repeat; i++) {
            long seed = Corpus.seed();
            PhaseTimes times = new PhaseTimes();
            GradeReport report = grade(RepoFiles.repo().resolve("submissions").resolve(expected.submission()), seed,
                    times);
            System.out.printf("%s seed %d: %d/%d lost %s %s in %.1f s%n", expected.submission(), seed,
                    report.score(), report.maxScore(), Corpus.lost(report), report.status(), report.seconds());
            times.spans().forEach(s -> System.out.printf("    %-40s %7.0f ms%n", s.name(), s.millis()));
            if (Boolean.getBoolean("grader.kit.feedback")) {
                report.tasks().forEach(t -> t.checks().stream().filter(c -> !c.passed()).forEach(c -> {
                    System.out.println("  " + c.id() + " EN: " + c.feedback().in(Language.EN));
                    System.out.println("  " + c.id() + " RU: " + c.feedback().in(Language.RU));
                }));
            }
            assertThat(Corpus.lost(report)).as("%s (seed %d): %s", expected, seed, Corpus.feedback(report))
                    .isEqualTo(expected.lost());
            assertThat(report.score()).isEqualTo(expected.score());
            assertThat(report.maxScore()).isEqualTo(expected.max());
            assertThat(report.status()).isEqualTo(expected.status());
        }
    }

    private static GradeReport grade(Path submission, long seed, PhaseTimes times)
            throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("kit-");
        try {
            var settings = StudentJvm.Settings.defaults();
            var sandbox = SandboxChoice.detect(settings.java(), SandboxChoice.Mode.AUTO);
            var pipeline = Assignments.installed().byNumber(7).orElseThrow();
            return new Grader(new StudentJvm(settings.withSandbox(sandbox.forSlot(0))), 4, PhaseGate.ofThisMachine(),
                    List.of(pipeline)).grade(submission, Parameters.fromSeed(seed), scratch, times);
        } finally {
            try (var files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
