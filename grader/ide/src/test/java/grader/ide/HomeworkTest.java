package grader.ide;



import static org.junit.jupiter.api.Assertions.fail;

import grader.course.Course;
import grader.course.CourseChoice;
import grader.course.GraderOffer;
import grader.course.InvalidCourseException;
import grader.engine.Grader;
import grader.engine.PhaseGate;
import grader.engine.run.SandboxChoice;
import grader.engine.run.StudentJvm;
import grader.report.CheckResult;
import grader.report.GradeReport;
import grader.report.TaskResult;
import grader.report.TextReport;
import grader.rubric.Parameters;
import grader.text.Catalog;
import grader.text.Language;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Your homework as tests: {@code ./mvnw test}, or "Run tests" in IntelliJ IDEA or VS Code, grades
 * {@code assignments/} exactly as {@code ./grade} does and shows every rubric row as a test, named by its row,
 * its text and its points. A row that lost points fails with the feedback {@code ./grade} prints under it.
 */
class HomeworkTest {

    @TestFactory
    Stream<DynamicNode> everyRubricRow() throws IOException, InterruptedException {
        Path home = home();
        Course course = course(home);
        // the language ./grade chooses without --lang: the course's, else the student's own
        Language language = course.language().orElseGet(Language::ofThisMachine);
        GradeReport report = grade(home.resolve("assignments"), course);
        // the table ./grade prints, so the console of mvn test and the IDE's test output read the same
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        TextReport.print(report, Catalog.of(language), out);
        out.flush();
        return report.tasks().stream().map(task -> DynamicContainer.dynamicContainer(
                "Task " + task.number() + "  " + task.title().in(language) + "  " + task.score() + "/" + task.maxScore(),
                task.checks().stream().map(check -> row(task, check, language))));
    }

    /** The course ./grade grades by: the template's course.yaml. */
    private static Course course(Path home) throws IOException {
        try {
            return CourseChoice.load(Optional.empty(), home, GraderOffer.ofThisGrader());
        } catch (InvalidCourseException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static DynamicTest row(TaskResult task, CheckResult check, Language language) {
        String name = check.id() + " " + check.title().in(language) + " (" + check.points() + "/" + check.maxPoints()
                + ")";
        return DynamicTest.dynamicTest(name, () -> {
            if (!check.passed()) {
                fail(task.messageWith(check.feedback().in(language), language));
            }
        });
    }

    private static GradeReport grade(Path submission, Course course) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("grade-");
        try {
            StudentJvm.Settings settings = StudentJvm.Settings.defaults();
            SandboxChoice sandbox = SandboxChoice.detect(settings.java(), SandboxChoice.Mode.AUTO);
            return new Grader(new StudentJvm(settings.withSandbox(sandbox.forSlot(0))), 4, PhaseGate.ofThisMachine(),
                    course)
                    .grade(submission, Parameters.fromSeed(Parameters.newSeed()), scratch);
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The repository's root: Maven passes it; an IDE that runs this class itself starts in the repository or in
     * this module, so the first folder upwards that holds {@code assignments/} is it.
     */
    private static Path home() {
        String given = System.getProperty("grader.home");
        if (given != null && Files.isDirectory(Path.of(given, "assignments"))) {
            return Path.of(given);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("assignments"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no assignments/ folder above " + Path.of("").toAbsolutePath());
    }
}
