package grader.course;

import static org.assertj.core.api.Assertions.assertThat;

import grader.rubric.RubricRow;
import grader.score.Points;
import grader.text.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CourseTest {

    /** Two tasks: task 1 of 4 + 6 = 10 points; task 3 of 6 + 5 + 6, where 3.3 is only in the course's grader. */
    private static final Offer OFFER = new Offer(Map.of(
            1, List.of(row("1.1", 4), row("1.2", 6)),
            3, List.of(row("3.1", 6), row("3.2", 5), row("3.3", 6))));

    /** The template has no hidden rubric class: row 3.3 is not there. */
    private static final Map<Integer, List<String>> IN_TEMPLATE = Map.of(1, List.of("1.1", "1.2"), 3,
            List.of("3.1", "3.2"));

    @Test
    void theMaximumIsEveryWeightLessTheRowsLeftOut() {
        Course course = new Course(List.of(new CourseTask(1, Points.of(20), List.of(), List.of("1.1")),
                new CourseTask(3, Points.of(17), List.of("3.2"), List.of())), Optional.empty(), Optional.empty());

        assertThat(course.total()).isEqualTo(Points.of(37));
        assertThat(course.maximum(OFFER)).as("1.1 is worth 8 of task 1's 20").isEqualTo(Points.of(29));
    }

    @Test
    void theDefaultCoursesTemplateGradesTheRowsItHasForTheirRubricPoints() {
        Course course = new Course(List.of(new CourseTask(1, Points.of(10), List.of(), List.of()),
                new CourseTask(3, Points.of(17), List.of(), List.of())), Optional.empty(), Optional.empty());

        Course template = course.forTemplate(OFFER, IN_TEMPLATE::get);

        assertThat(template.tasks()).containsExactly(new CourseTask(1, Points.of(10), List.of(), List.of()),
                new CourseTask(3, Points.of(11), List.of(), List.of()));
    }

    @Test
    void inTheTemplateHiddenRowsAreLeftOutEveryRowKeepsItsWorthAndThePassMarkFitsItsMaximum() {
        Course course = new Course(List.of(new CourseTask(1, Points.of(20), List.of("1.2"), List.of()),
                new CourseTask(3, Points.of(34), List.of("3.3"), List.of())), Optional.of(Points.of(45)),
                Optional.of(Language.RU));

        Course template = course.forTemplate(OFFER, IN_TEMPLATE::get);

        assertThat(template.tasks()).containsExactly(new CourseTask(1, Points.of(20), List.of(), List.of("1.2")),
                new CourseTask(3, Points.of(22), List.of(), List.of()));
        Offer templateOffer = new Offer(Map.of(1, OFFER.rowsOf(1).orElseThrow(), 3, List.of(row("3.1", 6),
                row("3.2", 5))));
        // 1.1 is worth 8 here as there; 3.1 and 3.2 12 and 10 as there
        assertThat(RowWeights.scale(templateOffer.rowsOf(3).orElseThrow(), Points.of(22)).values())
                .containsExactly(Points.of(12), Points.of(10));
        assertThat(template.maximum(templateOffer)).isEqualTo(Points.of(30));
        assertThat(template.pass()).as("45 cannot be reached with 30 points").contains(Points.of(30));
        assertThat(template.language()).contains(Language.RU);
    }

    @Test
    void aWrittenCourseFileReadsBackAsTheSameCourse() throws Exception {
        Offer offer = GraderOffer.ofThisGrader();
        Course course = new Course(List.of(new CourseTask(2, new Points(1250), List.of("2.4"), List.of()),
                new CourseTask(1, Points.of(25), List.of(), List.of("1.6", "1.5"))), Optional.of(new Points(1025)),
                Optional.of(Language.RU));

        String yaml = CourseFile.write(course, List.of("written by a test", "", "for the round trip"));

        assertThat(yaml).startsWith("# written by a test\n#\n# for the round trip\nassignments:\n  - task: 2\n"
                + "    weight: 12.5\n    hidden: [2.4]\n");
        assertThat(CourseFile.parse(yaml, "course.yaml", offer)).isEqualTo(course);
        assertThat(CourseFile.parse(CourseFile.write(Course.byDefault(offer), List.of()), "course.yaml", offer))
                .isEqualTo(Course.byDefault(offer));
    }

    private static RubricRow row(String id, int points) {
        return new RubricRow(id, id, points, false);
    }
}
