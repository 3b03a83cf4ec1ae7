package grader.integration;

import static grader.testsupport.RepoFiles.repo;
import static org.assertj.core.api.Assertions.assertThat;

import grader.course.Course;
import grader.course.CourseTask;
import grader.course.GraderOffer;
import grader.rubric.Assignment;
import grader.rubric.Assignments;
import grader.score.Points;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the export makes of a course, without exporting a whole template (StudentTemplateTest does that). */
class TemplateCourseTest {

    private final Assignments installed = Assignments.installed();

    @Test
    void theDefaultCoursesTemplateLacksOnlyTheHiddenRubricsRows() {
        Course template = StudentTemplate.templateCourse(Course.byDefault(GraderOffer.of(installed)), installed);

        assertThat(template.tasks()).containsExactly(new CourseTask(1, Points.of(25), List.of(), List.of()),
                new CourseTask(2, Points.of(25), List.of(), List.of()),
                new CourseTask(3, Points.of(19), List.of(), List.of()),
                new CourseTask(4, Points.of(25), List.of(), List.of()));
    }

    @Test
    void theCoursesHiddenRowsAreNeitherGradedNorReportedToClassroomInTheTemplate(@TempDir Path dir)
            throws Exception {
        Course course = new Course(List.of(new CourseTask(2, Points.of(10), List.of("2.4"), List.of()),
                new CourseTask(1, new Points(1250), List.of("1.6"), List.of())), Optional.of(Points.of(20)),
                Optional.empty());
        Path workflow = dir.resolve("grade.yml");
        Files.copy(repo().resolve(StudentTemplate.OWN_FILES).resolve(StudentTemplate.WORKFLOW), workflow);

        Course template = StudentTemplate.templateCourse(course, installed);
        StudentTemplate.writeRunners(workflow, template);

        assertThat(template.tasks()).containsExactly(new CourseTask(2, Points.of(10), List.of(), List.of("2.4")),
                new CourseTask(1, new Points(1250), List.of(), List.of("1.6")));
        // 2.4 is worth 2.8 of task 2's 10, 1.6 1 of task 1's 12.5: the template's maximum is 18.7
        assertThat(template.pass()).as("20 cannot be reached there").contains(new Points(1870));
        assertThat(Files.readString(workflow)).contains("runners: task2row1,task2row2,task2row3,task2row5,"
                + "task1row1,task1row2,task1row3,task1row4,task1row5\n").doesNotContain("TASK2ROW4_RESULTS")
                .contains("TASK1ROW5_RESULTS: ${{ steps.grade.outputs.task1row5 }}");
    }

    @Test
    void theTemplateHoldsTheSkeletonsOfTheCoursesAssignmentsOnly(@TempDir Path dir) throws Exception {
        Path sources = dir.resolve("assignments/src/main/java");
        for (Assignment assignment : installed.all()) {
            for (String className : assignment.classNames()) {
                Path file = sources.resolve(className.replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, "// skeleton");
            }
        }
        Course course = Course.of(List.of(installed.byNumber(1).orElseThrow(), installed.byNumber(6).orElseThrow()));

        StudentTemplate.leaveOutOtherSkeletons(dir, course, installed);

        try (var files = Files.walk(sources)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> sources.relativize(f).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder("homework/squares/SquaresAndCubes.java", "homework/bank/Counter.java",
                            "homework/bank/Bank.java");
        }
        assertThat(sources.resolve("homework/pipeline")).doesNotExist();
    }
}
