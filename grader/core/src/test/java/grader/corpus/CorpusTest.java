package grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import grader.score.Points;
import grader.report.GradeReport;
import grader.rubric.RubricCatalog;
import grader.rubric.Assignments;
import grader.testsupport.RepoFiles;
import grader.text.Language;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The skeleton scores 0, and the corpus's expectations cover every check (its scores are proven by
 * {@link CorpusBatchTest}).
 */
class CorpusTest {

    @Test
    void theUntouchedSkeletonScoresZero() throws Exception {
        long seed = Corpus.seed();
        GradeReport report = Corpus.grade(RepoFiles.repo().resolve("assignments"), seed);
        assertThat(report.score()).as("seed " + seed + "\n" + Corpus.feedback(report)).isEqualTo(Points.ZERO);
        assertThat(report.maxScore()).isEqualTo(Points.of(100));
        assertThat(report.tasks()).allSatisfy(t -> assertThat(t.checks()).allSatisfy(c ->
                assertThat(c.feedback().in(Language.EN)).contains("UnsupportedOperationException: TODO")));
    }

    /** A check that no submission fails proves nothing; a correct submission that loses a point is a bug. */
    @Test
    void everyCheckIsFailedBySomeSubmissionAndPassedByEveryCorrectOne() throws IOException {
        Set<String> failedSomewhere = new TreeSet<>();
        for (Corpus.Expected e : Corpus.expected()) {
            failedSomewhere.addAll(e.lost());
            if (e.total() == 100) {
                assertThat(e.lost()).as(e.submission()).isEmpty();
            }
            assertThat(Arrays.stream(e.tasks()).sum()).as(e.submission()).isEqualTo(e.total());
        }
        List<String> allChecks = Assignments.installed().defaultHomework().stream().flatMap(t -> RubricCatalog.rows(t).stream())
                .map(c -> c.id()).toList();
        assertThat(failedSomewhere).containsAll(allChecks);
        assertThat(Corpus.expected().stream().filter(e -> e.total() == 100).count()).isGreaterThanOrEqualTo(8);
    }
}
