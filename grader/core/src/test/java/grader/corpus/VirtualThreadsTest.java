package grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import grader.score.Points;
import grader.report.GradeReport;
import grader.testsupport.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * Virtual threads are a correct style where the grading JDK has them (the contract allows the grading JDK's API):
 * a virtual square and cube thread must still be seen running at the same time, and a virtual thread per item
 * must pass task 3's 10,000-item check. Runs when the tests run on JDK 21 or newer (CI runs them on 25).
 */
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadsTest {

    @Test
    void virtualThreadSolutionsScoreFullMarks() throws Exception {
        long seed = Corpus.seed();
        GradeReport report = Corpus.grade(RepoFiles.repo().resolve("submissions/jdk21-virtual-threads"), seed);
        assertThat(Corpus.lost(report)).as("seed " + seed).isEmpty();
        assertThat(report.score()).isEqualTo(Points.of(100));
    }
}
