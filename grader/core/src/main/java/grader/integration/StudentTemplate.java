package grader.integration;

import grader.course.Course;
import grader.course.CourseFile;
import grader.course.GraderOffer;
import grader.course.Offer;
import grader.report.ClassroomResult;
import grader.rubric.Assignment;
import grader.rubric.Assignments;
import grader.rubric.RubricCatalog;
import grader.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Exports the repository a course gives its students (e.g. as a GitHub Classroom template): the skeletons and the
 * contract, the grader with its visible checks, {@code ./grade} with the Maven Wrapper, the CI workflow and a
 * student README, and the course's {@code course.yaml} as the template grades it. Left out: the reference solution and
 * the corpus ({@code submissions/}), the hidden rubric classes ({@code *HiddenRubric.java}), the rows the course
 * hides (its {@code course.yaml} leaves them out), the grader's own tests, benchmarks, CI and course-platform
 * packaging.
 *
 * <pre>{@code
 * ./grade --export-template ../homework-template
 * }</pre>
 */
public final class StudentTemplate {

    /** This repository's folder of files that exist only in the template: its README and workflow. */
    static final String OWN_FILES = "grader/template";

    /** The template's CI workflow, relative to its root. */
    static final String WORKFLOW = ".github/workflows/grade.yml";

    /** The placeholders of {@link #WORKFLOW} for the reporter's variables and runners. */
    private static final String ROW_RESULTS = "__ROW_RESULTS__";
    private static final String ROW_RUNNERS = "__ROW_RUNNERS__";

    /** What is copied as it is, relative to the repository's root. */
    static final List<String> COPIED = List.of("pom.xml", "mvnw", "mvnw.cmd", "grade", "grade.cmd", ".gitattributes",
            ".gitignore", ".mvn", "assignments", "grader/probe/pom.xml", "grader/probe/src/main", "grader/core/pom.xml",
            "grader/core/src/main", "grader/ide/pom.xml", "grader/ide/src");

    /** The root pom's modules here, and in the template: there the rubric runs as tests, before the homework. */
    private static final String MODULES = """
                <module>assignments</module>
                <module>grader/probe</module>
                <module>grader/core</module>
            """;
    private static final String TEMPLATE_MODULES = """
                <module>grader/probe</module>
                <module>grader/core</module>
                <module>grader/ide</module>
                <module>assignments</module>
            """;

    /** The opening comment of the template's course file. */
    private static final List<String> COURSE_COMMENT = List.of(
            "The course, as this repository grades it: ./grade reads this file. Written by ./grade --export-template",
            "from the course's own course file. Each weight counts only the rows graded here, so that every row is",
            "worth what it is worth in the course's grading; the rows under left-out are graded by the course only",
            "(not here, and not in the maximum).");

    private StudentTemplate() {}

    /** {@link #export(Path, Path, Language, Course)} of the default course. */
    public static void export(Path home, Path target, Language language) throws IOException {
        export(home, target, language, Course.byDefault(GraderOffer.ofThisGrader()));
    }

    /**
     * @param home the instructor repository's root
     * @param target a folder that does not exist yet or is empty
     * @param language the course's language: of the CI workflow's feedback and summary
     * @param course what the course grades: the template's course file is made from it
     */
    public static void export(Path home, Path target, Language language, Course course) throws IOException {
        if (!Files.isDirectory(home.resolve(OWN_FILES))) {
            throw new IllegalStateException("there is no " + OWN_FILES + " in " + home.toAbsolutePath()
                    + ": export the template from the instructor repository");
        }
        if (Files.exists(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(target + " is not empty");
                }
            }
        }
        Files.createDirectories(target);
        for (String path : COPIED) {
            copy(home.resolve(path), target.resolve(path));
        }
        copy(home.resolve(OWN_FILES), target);
        leaveOutOtherSkeletons(target, course, Assignments.installed());
        Course template = templateCourse(course, Assignments.installed());
        Files.writeString(target.resolve(CourseFile.NAME), CourseFile.write(template, COURSE_COMMENT));
        writeRunners(target.resolve(WORKFLOW), template);
        replaceOnce(target.resolve(WORKFLOW), "__FEEDBACK_LANG__", language.code());
        replaceOnce(target.resolve("pom.xml"), MODULES, TEMPLATE_MODULES);
    }

    /**
     * The course as the template grades it: the template has the rows of each assignment's visible rubric class
     * ({@link RubricCatalog#visibleRowIds}), and leaves out those the course hides.
     */
    static Course templateCourse(Course course, Assignments installed) {
        Offer offer = GraderOffer.of(installed);
        return course.forTemplate(offer, n -> RubricCatalog.visibleRowIds(installed.byNumber(n).orElseThrow()));
    }

    /**
     * Fills the workflow's Classroom reporter step with one runner per rubric row the template grades (of the
     * visible rubric classes, less the rows its course leaves out), each reading the grading step's output of that
     * row.
     */
    static void writeRunners(Path workflow, Course template) throws IOException {
        Assignments installed = Assignments.installed();
        List<String> runners = template.tasks().stream().flatMap(t -> {
            Assignment assignment = installed.byNumber(t.number()).orElseThrow();
            return RubricCatalog.visibleRowIds(assignment).stream().filter(id -> !t.leavesOut(id));
        }).map(ClassroomResult::runnerOf).toList();
        StringBuilder env = new StringBuilder();
        for (String runner : runners) {
            env.append("          ").append(runner.toUpperCase(Locale.ROOT)).append("_RESULTS: ${{ steps.grade.outputs.")
                    .append(runner).append(" }}\n");
        }
        replaceOnce(workflow, "          " + ROW_RESULTS + ": written by ./grade --export-template\n", env.toString());
        replaceOnce(workflow, ROW_RUNNERS, String.join(",", runners));
    }

    /**
     * {@code text} in {@code file} replaced by {@code replacement}; a file without it is an instructor repository
     * that no longer fits this export, which must say so rather than write a broken template.
     */
    private static void replaceOnce(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        if (!content.contains(text)) {
            throw new IllegalStateException(file + " no longer holds what the export replaces:\n" + text);
        }
        Files.writeString(file, content.replace(text, replacement));
    }

    /**
     * Removes from the template's {@code assignments/} the skeletons of the assignments its course does not grade
     * (the course kit's, for the default homework), so that students see only the files they fill in.
     */
    static void leaveOutOtherSkeletons(Path target, Course course, Assignments installed) throws IOException {
        Path sources = target.resolve("assignments/src/main/java");
        for (Assignment other : installed.all()) {
            if (course.numbers().contains(other.number())) {
                continue;
            }
            for (String className : other.classNames()) {
                Path file = sources.resolve(className.replace('.', '/') + ".java");
                Files.deleteIfExists(file);
                // its package's folder goes too once it is empty
                for (Path folder = file.getParent(); !folder.equals(sources) && isEmptyFolder(folder);
                        folder = folder.getParent()) {
                    Files.delete(folder);
                }
            }
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Whether a file of the instructor repository stays out of the template wherever it is. */
    static boolean leftOut(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith("HiddenRubric.java") || name.equals("target") || name.equals(".DS_Store");
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                boolean excluded = false;
                for (Path part : relative) {
                    excluded |= leftOut(part);
                }
                if (excluded || Files.isDirectory(file)) {
                    continue;
                }
                Path destination = to.resolve(relative.toString());
                Files.createDirectories(destination.getParent());
                // COPY_ATTRIBUTES keeps ./grade and ./mvnw executable
                Files.copy(file, destination, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
