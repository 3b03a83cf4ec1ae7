package grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import grader.course.Course;
import grader.report.GradeReport;
import grader.rubric.Assignment;
import grader.rubric.Assignments;
import grader.rubric.RubricCatalog;
import grader.rubric.RubricRow;
import grader.score.Points;
import grader.testsupport.RepoFiles;
import grader.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The course kit's corpus: every row of {@code submissions/expected-kit.csv} graded with a course of the one
 * assignment it is about (as a course that adds it grades it) gets exactly its score, lost rows and status; and a
 * course of every installed assignment grades the skeleton to 0 and the reference to full marks.
 *
 * <p>For work on one assignment: {@code -Dgrader.kit.task=7} grades only its rows, {@code -Dgrader.kit.only=a,b}
 * only those submissions, {@code -Dgrader.kit.repeat=N} each N times (a verdict must be the same every time),
 * {@code -Dgrader.kit.feedback=true} prints every lost row's feedback in both languages; {@code -Dgrader.seed=N}
 * replays a seed.
 */
class KitCorpusTest {

    /** One row of expected-kit.csv: {@code submission,course,score,max,lost,status}. */
    record Row(String submission, int course, int score, int max, Set<String> lost, String status) {
        @Override
        public String toString() {
            return submission + " (task " + course + ")";
        }
    }

    static Stream<Row> rows() throws IOException {
        String task = System.getProperty("grader.kit.task", "");
        List<String> only = List.of(System.getProperty("grader.kit.only", "").split(","));
        return Files.readAllLines(RepoFiles.repo().resolve("submissions/expected-kit.csv")).stream().skip(1)
                .filter(line -> !line.isBlank()).map(KitCorpusTest::parse)
                .filter(r -> task.isEmpty() || String.valueOf(r.course()).equals(task))
                .filter(r -> only.equals(List.of("")) || only.contains(r.submission()));
    }

    private static Row parse(String line) {
        String[] f = line.split(",", -1);
        Set<String> lost = new TreeSet<>(f[4].isBlank() ? List.of() : Arrays.asList(f[4].split(";")));
        return new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), lost, f[5]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void gradesToItsExpectedScore(Row row) throws Exception {
        Assignment assignment = Assignments.installed().byNumber(row.course()).orElseThrow();
        for (int i = 0; i < Integer.getInteger("grader.kit.repeat", 1); i++) {
            long seed = Corpus.seed();
            GradeReport report = Corpus.grade(RepoFiles.repo().resolve("submissions").resolve(row.submission()),
                    seed, Course.of(List.of(assignment)));
            System.out.printf("%s seed %d: %s/%s lost %s %s in %.1f s%n", row.submission(), seed, report.score(),
                    report.maxScore(), Corpus.lost(report), report.status(), report.seconds());
            if (Boolean.getBoolean("grader.kit.feedback")) {
                report.tasks().forEach(t -> t.checks().stream().filter(c -> !c.passed()).forEach(c -> {
                    System.out.println("  " + c.id() + " EN: " + c.feedback().in(Language.EN));
                    System.out.println("  " + c.id() + " RU: " + c.feedback().in(Language.RU));
                }));
            }
            String why = "seed " + seed + "\n" + Corpus.feedback(report);
            assertThat(Corpus.lost(report)).as(why).isEqualTo(row.lost());
            assertThat(report.score()).as(why).isEqualTo(Points.of(row.score()));
            assertThat(report.maxScore()).isEqualTo(Points.of(row.max()));
            assertThat(report.status()).as(why).isEqualTo(row.status());
        }
    }

    @Test
    void aCourseOfEveryAssignmentGradesTheSkeletonToZeroAndTheReferenceToFullMarks() throws Exception {
        List<Assignment> all = Assignments.installed().all();
        Course course = Course.of(all);
        long points = all.stream().flatMap(a -> RubricCatalog.rows(a).stream()).mapToLong(RubricRow::points).sum();
        long seed = Corpus.seed();

        GradeReport skeleton = Corpus.grade(RepoFiles.repo().resolve("assignments"), seed, course);
        assertThat(skeleton.tasks()).hasSize(all.size());
        assertThat(skeleton.score()).as("seed " + seed + "\n" + Corpus.feedback(skeleton)).isEqualTo(Points.ZERO);

        GradeReport reference = Corpus.grade(RepoFiles.repo().resolve("submissions/reference"), seed, course);
        assertThat(reference.maxScore()).isEqualTo(Points.of(points));
        assertThat(reference.score()).as("seed " + seed + "\n" + Corpus.feedback(reference))
                .isEqualTo(Points.of(points));
    }
}
