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
        return Files.readAllLines(RepoFiles.repo().resolve("submissions/expected-kit.csv")).stream().skip(1)
                .filter(line -> !line.isBlank()).map(KitCorpusTest::parse);
    }

    private static Row parse(String line) {
        String[] f = line.split(",", -1);
        Set<String> lost = new TreeSet<>(f[4].isBlank() ? List.of() : Arrays.asList(f[4].split(";")));
        return new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), lost, f[5]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void gradesToItsExpectedScore(Row row) throws Exception {
        long seed = Corpus.seed();
        Assignment assignment = Assignments.installed().byNumber(row.course()).orElseThrow();
        GradeReport report = Corpus.grade(RepoFiles.repo().resolve("submissions").resolve(row.submission()), seed,
                Course.of(List.of(assignment)));
        String why = "seed " + seed + "\n" + Corpus.feedback(report);
        assertThat(Corpus.lost(report)).as(why).isEqualTo(row.lost());
        assertThat(report.score()).as(why).isEqualTo(Points.of(row.score()));
        assertThat(report.maxScore()).isEqualTo(Points.of(row.max()));
        assertThat(report.status()).as(why).isEqualTo(row.status());
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
