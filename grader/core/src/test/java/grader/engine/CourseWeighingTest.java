package grader.engine;

import static grader.text.Localized.verbatim;
import static org.assertj.core.api.Assertions.assertThat;

import grader.course.CourseTask;
import grader.report.CheckResult;
import grader.report.TaskResult;
import grader.report.TaskStatus;
import grader.rubric.RubricRow;
import grader.score.Points;
import grader.text.Localized;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseWeighingTest {

    /** Task 1's rubric: 4, 4, 6, 6, 3, 2 = 25. */
    private static final List<RubricRow> ROWS = List.of(row("1.1", 4, false), row("1.2", 4, true),
            row("1.3", 6, false), row("1.4", 6, false), row("1.5", 3, false), row("1.6", 2, false));

    /** The rubric's verdicts: 1.4 and 1.6 lost, 1.2 has a hidden part. */
    private static final TaskResult RAW = new TaskResult(1, verbatim("Squares and cubes"), TaskStatus.GRADED,
            ROWS.stream().map(r -> new CheckResult(r.id(), verbatim(r.title()),
                    r.id().equals("1.4") || r.id().equals("1.6") ? 0 : r.points(), r.points(), r.hidden(),
                    r.id().equals("1.4") ? verbatim("not at the same time") : Localized.NONE)).toList(),
            List.of(verbatim("a note")), true);

    @Test
    void aTaskWorthItsRubricIsGradedExactlyAsTheRubricSays() {
        assertThat(CourseWeighing.weigh(RAW, new CourseTask(1, Points.of(25), List.of(), List.of()), ROWS))
                .isEqualTo(RAW);
    }

    @Test
    void aWeightScalesEveryRowAndTheVerdictsStayTheRubrics() {
        TaskResult weighed = CourseWeighing.weigh(RAW, new CourseTask(1, Points.of(10), List.of(), List.of()), ROWS);

        assertThat(weighed.checks()).extracting(c -> c.id() + " " + c.points() + "/" + c.maxPoints())
                .containsExactly("1.1 1.6/1.6", "1.2 1.6/1.6", "1.3 2.4/2.4", "1.4 0/2.4", "1.5 1.2/1.2", "1.6 0/0.8");
        assertThat(weighed.score()).isEqualTo(new Points(680));
        assertThat(weighed.maxScore()).isEqualTo(Points.of(10));
        assertThat(weighed.checks().get(3).feedback()).isEqualTo(verbatim("not at the same time"));
        assertThat(weighed.messages()).isEqualTo(RAW.messages());
        assertThat(weighed.timedOut()).isTrue();
    }

    @Test
    void hiddenRowsAreHiddenAndLeftOutRowsLeaveTheTaskAndItsMaximum() {
        TaskResult weighed = CourseWeighing.weigh(RAW, new CourseTask(1, Points.of(50), List.of("1.5"),
                List.of("1.6")), ROWS);

        assertThat(weighed.checks()).extracting(CheckResult::id).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5");
        assertThat(weighed.checks()).filteredOn(CheckResult::hidden).extracting(CheckResult::id)
                .as("the course's hidden row, and the rubric's row with a hidden part").containsExactly("1.2", "1.5");
        // 50 points for 25 rubric points: each row counts twice, and 1.6's 4 are not in the maximum
        assertThat(weighed.maxScore()).isEqualTo(Points.of(46));
        assertThat(weighed.score()).isEqualTo(Points.of(34));
    }

    private static RubricRow row(String id, int points, boolean hidden) {
        return new RubricRow(id, "row " + id, points, hidden);
    }
}
