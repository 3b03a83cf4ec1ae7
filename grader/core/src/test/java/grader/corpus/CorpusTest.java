package grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import grader.report.CheckResult;
import grader.report.GradeReport;
import grader.report.TaskResult;
import grader.rubric.RubricCatalog;
import grader.rubric.Task;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every submission of the corpus gets exactly its expected score, check by check, with a fresh seed each run.
 *
 * <p>This is the proof that the rubric is right: each correct style scores 100, and each one-flaw submission
 * loses exactly the checks its flaw is for. A failure prints the seed; {@code -Dgrader.seed=N} replays it.
 */
class CorpusTest {

    static Stream<Corpus.Expected> submissions() throws IOException {
        return Corpus.expected().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("submissions")
    void getsItsExactScore(Corpus.Expected expected) throws Exception {
        long seed = Corpus.seed();
        GradeReport report = Corpus.grade(Corpus.repo().resolve("submissions").resolve(expected.submission()), seed);
        String why = "seed " + seed + ", feedback:\n" + feedback(report);
        assertThat(Corpus.lost(report)).as(why).isEqualTo(expected.lost());
        assertThat(report.tasks().stream().mapToInt(TaskResult::score).toArray()).as(why)
                .containsExactly(expected.tasks());
        assertThat(report.score()).as(why).isEqualTo(expected.total());
    }

    @Test
    void theUntouchedSkeletonScoresZero() throws Exception {
        long seed = Corpus.seed();
        GradeReport report = Corpus.grade(Corpus.repo().resolve("assignments"), seed);
        assertThat(report.score()).as("seed " + seed + "\n" + feedback(report)).isZero();
        assertThat(report.maxScore()).isEqualTo(100);
        assertThat(report.tasks()).allSatisfy(t -> assertThat(t.checks()).allSatisfy(c ->
                assertThat(c.feedback()).contains("UnsupportedOperationException: TODO")));
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
        List<String> allChecks = Arrays.stream(Task.values()).flatMap(t -> RubricCatalog.checks(t).stream())
                .map(c -> c.id()).toList();
        assertThat(failedSomewhere).containsAll(allChecks);
        assertThat(Corpus.expected().stream().filter(e -> e.total() == 100).count()).isGreaterThanOrEqualTo(8);
    }

    private static String feedback(GradeReport report) {
        StringBuilder text = new StringBuilder();
        for (TaskResult task : report.tasks()) {
            for (CheckResult check : task.checks()) {
                if (!check.passed()) {
                    text.append(check.id()).append(": ").append(check.feedback()).append('\n');
                }
            }
            task.messages().forEach(m -> text.append("task ").append(task.number()).append(": ").append(m)
                    .append('\n'));
        }
        return text.toString();
    }
}
