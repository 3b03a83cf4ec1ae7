package grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import grader.course.Course;
import grader.report.GradeReport;
import grader.rubric.Assignments;
import grader.score.Points;
import grader.testsupport.RepoFiles;
import grader.text.Language;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Task 7's rows of the kit corpus, for working on task 7 alone: {@link KitCorpusTest}'s check, each submission
 * {@code -Dgrader.kit.repeat=N} times (a verdict must be the same every time), {@code -Dgrader.kit.only=a,b} only
 * those, {@code -Dgrader.kit.feedback=true} printing every lost row's feedback in both languages;
 * {@code -Dgrader.seed=N} replays a seed.
 */
class PipelineCorpusTest {

    static Stream<KitCorpusTest.Row> rows() throws java.io.IOException {
        String only = System.getProperty("grader.kit.only", "");
        return KitCorpusTest.rows().filter(r -> r.course() == 7)
                .filter(r -> only.isEmpty() || Arrays.asList(only.split(",")).contains(r.submission()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void getsItsExactScoreEveryTime(KitCorpusTest.Row row) throws Exception {
        Course course = Course.of(List.of(Assignments.installed().byNumber(7).orElseThrow()));
        for (int i = 0; i < Integer.getInteger("grader.kit.repeat", 1); i++) {
            long seed = Corpus.seed();
            GradeReport report = Corpus.grade(RepoFiles.repo().resolve("submissions").resolve(row.submission()),
                    seed, course);
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
}
