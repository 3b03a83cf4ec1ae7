package grader.integration;

import static grader.testsupport.RepoFiles.repo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import grader.rubric.Check;
import grader.rubric.RubricCatalog;
import grader.rubric.Assignments;
import grader.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The student template: exported from this repository, committed and cloned afresh, it must hold nothing a student
 * should not see, build with only a JDK, and grade with its own CI workflow's grading step run here with temporary
 * files as {@code $GITHUB_STEP_SUMMARY} and {@code $GITHUB_OUTPUT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path temp;
    private Path exported;
    private Path clone;
    private JsonNode workflow;

    @BeforeAll
    void exportCommitAndClone(@TempDir Path temp) throws Exception {
        this.temp = temp;
        exported = temp.resolve("exported");
        StudentTemplate.export(repo(), exported, Language.RU);
        run(exported, Map.of(), 60, "git", "init", "-q");
        run(exported, Map.of(), 60, "git", "add", "-A");
        run(exported, Map.of(), 60, "git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "t");
        clone = temp.resolve("clone");
        run(temp, Map.of(), 60, "git", "clone", "-q", exported.toString(), clone.toString());
        workflow = new YAMLMapper().readTree(clone.resolve(".github/workflows/grade.yml").toFile());
    }

    /** The grading tests fill the clone's assignments in; the others read it as exported. */
    @AfterEach
    void restoreTheSkeleton() throws IOException {
        restoreSkeleton();
    }

    // ---------------------------------------------------------------- what is in it

    @Test
    void holdsNoSolutionNoCorpusNoHiddenCheckAndNoGraderTests() throws IOException {
        // what was exported: the clone is built and graded by the tests below
        List<String> files = files(exported);

        assertThat(files).contains("grade", "grade.cmd", "mvnw", "mvnw.cmd", "pom.xml", "README.md",
                ".github/workflows/grade.yml",
                "assignments/ASSIGNMENTS.md", "grader/core/src/main/java/grader/rubric/squares/SquaresRubric.java");
        assertThat(files).as("the Russian README and contract")
                .contains("README.ru.md", "assignments/ASSIGNMENTS.ru.md");
        assertThat(files).noneMatch(f -> f.startsWith("submissions/") || f.startsWith("bench/")
                || f.startsWith(".ci/") || f.startsWith("grader/integrations/")
                || f.contains("/src/test/") && !f.startsWith("grader/ide/")
                || f.contains("HiddenRubric") || f.contains("/target/"));
        for (String file : files) {
            // an annotation in use starts its line; the Javadoc of HiddenPart only shows one after " * "
            assertThat(Files.readString(exported.resolve(file), StandardCharsets.ISO_8859_1)).as(file)
                    .doesNotContain("hidden = true").doesNotContainPattern("(?m)^\\s*@HiddenPart\\(");
        }
        for (Path solution : javaFiles(repo().resolve("submissions/reference"))) {
            String code = Files.readString(solution);
            assertThat(javaFiles(exported)).as("a copy of " + solution.getFileName())
                    .noneMatch(f -> readQuietly(f).equals(code));
        }
    }

    @Test
    void holdsTheCourseAsTheTemplateGradesIt() throws Exception {
        var course = grader.course.CourseFile.read(exported.resolve(grader.course.CourseFile.NAME),
                grader.course.GraderOffer.ofThisGrader());

        // task 3's hidden row 3.4 (6 points) is not in the template: its other rows keep their points
        assertThat(course.tasks()).extracting(t -> t.number() + ":" + t.weight() + t.hidden() + t.leftOut())
                .containsExactly("1:25[][]", "2:25[][]", "3:19[][]", "4:25[][]");
        assertThat(course.pass()).isEmpty();
        assertThat(Files.readString(exported.resolve(grader.course.CourseFile.NAME))).startsWith("# The course");
    }

    @Test
    void holdsTheSkeletonsAsTheyAre() throws IOException {
        for (Path skeleton : javaFiles(repo().resolve("assignments/src"))) {
            Path copy = clone.resolve(repo().relativize(skeleton).toString());
            assertThat(copy).hasSameTextualContentAs(skeleton);
        }
        assertThat(Files.isExecutable(clone.resolve("grade"))).isTrue();
        assertThat(Files.isExecutable(clone.resolve("mvnw"))).isTrue();
    }

    @Test
    void refusesToWriteIntoAFolderThatIsNotEmpty() throws IOException {
        Path used = Files.createDirectories(temp.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> StudentTemplate.export(repo(), used, Language.EN)).hasMessageContaining("not empty");
        assertThat(files(used)).containsExactly("notes.txt");
    }

    // ---------------------------------------------------------------- its workflow

    @Test
    void workflowRunsOnPushAndPullRequestsWithTheJdkAndMavenCache() {
        // YAML 1.1 reads the key `on` as the boolean true
        JsonNode on = workflow.has("on") ? workflow.get("on") : workflow.get("true");
        assertThat(on).as("the workflow's triggers").isNotNull();
        assertThat(on.has("push")).isTrue();
        assertThat(on.has("pull_request")).isTrue();
        JsonNode setupJava = step("actions/setup-java");
        assertThat(setupJava.at("/with/cache").asText()).isEqualTo("maven");
        assertThat(setupJava.at("/with/java-version").asText()).isEqualTo("17");
        assertThat(workflow.at("/jobs/grade/env/FEEDBACK_LANG").asText()).as("the export's --lang").isEqualTo("ru");
        JsonNode reporter = step("classroom-resources/autograding-grading-reporter");
        List<String> runners = List.of(reporter.at("/with/runners").asText().split(","));
        assertThat(runners).hasSize(20).startsWith("task1row1", "task1row2").contains("task4row5")
                .doesNotContain("task3row4");
        for (String runner : runners) {
            assertThat(runner).matches("[a-zA-Z0-9]+");
            assertThat(reporter.at("/env/" + runner.toUpperCase(Locale.ROOT) + "_RESULTS").asText())
                    .isEqualTo("${{ steps.grade.outputs." + runner + " }}");
        }
    }

    /**
     * The reporter's console table, worked out as its code does ({@code src/helpers/test-helpers.js}: per runner,
     * passed tests / tests × {@code max_score}), must show the points of its notice, for a full and a partial score.
     */
    @Test
    void theReportersTableAddsUpToThePoints() throws Exception {
        copySolution();
        copyJava(repo().resolve("submissions/t1-sequential/src/main/java"));
        Outcome outcome = runGradeStep(Map.of());

        double table = 0;
        int max = 0;
        for (Map.Entry<String, JsonNode> runner : reporterRunners(outcome).entrySet()) {
            JsonNode results = runner.getValue();
            long passed = 0;
            for (JsonNode test : results.get("tests")) {
                passed += test.get("status").asText().equals("pass") ? 1 : 0;
            }
            table += (double) passed / results.get("tests").size() * results.get("max_score").asInt();
            max += results.get("max_score").asInt();
        }
        int points = visibleMax() - 6;
        assertThat(outcome.stdout()).contains("Points " + points + "/" + visibleMax());
        assertThat(table).isEqualTo(points);
        assertThat(max).isEqualTo(visibleMax());
    }

    @Test
    void gradingStepOnTheReferenceWritesSummaryClassroomResultNoticeAndJUnit() throws Exception {
        copySolution();
        Outcome outcome = runGradeStep(Map.of());

        assertThat(outcome.exitCode()).as(outcome.stdout()).isZero();
        int visible = visibleMax();
        assertThat(visible).isEqualTo(94);
        assertThat(outcome.stdout()).contains("::notice title=Autograding complete::Points " + visible + "/" + visible);
        assertThat(outcome.summary()).contains("| 1 ").contains(visible + "/" + visible);
        assertThat(outcome.summary()).as("exported for a Russian course").contains("## Автоматическая проверка");
        JsonNode result = outcome.result();
        assertThat(result.get("status").asText()).isEqualTo("pass");
        assertThat(result.get("max_score").asInt()).isEqualTo(visible);
        int sum = 0;
        List<String> names = new ArrayList<>();
        for (JsonNode test : result.get("tests")) {
            sum += test.get("score").asInt();
            names.add(test.get("name").asText());
        }
        assertThat(sum).isEqualTo(visible);
        assertThat(names).noneMatch(n -> n.startsWith("3.4 ")).anyMatch(n -> n.startsWith("1.1 "));
        assertThat(Files.readString(clone.resolve("target/grade/junit.xml"))).contains("<testcase");
    }

    @Test
    void gradingStepOnTheSkeletonScoresZeroAndFailsOnlyBelowThePassMark() throws Exception {
        restoreSkeleton();
        Outcome byDefault = runGradeStep(Map.of());
        assertThat(byDefault.exitCode()).as("no score fails the job by default").isZero();
        assertThat(byDefault.result().get("status").asText()).isEqualTo("pass");
        assertThat(byDefault.stdout()).contains("Points 0/" + visibleMax());

        Outcome withPassMark = runGradeStep(Map.of("FAIL_UNDER", "50"));
        assertThat(withPassMark.exitCode()).isEqualTo(1);
        assertThat(withPassMark.result().get("status").asText()).isEqualTo("fail");
    }

    // ---------------------------------------------------------------- the rubric as tests (mvn test, the IDE)

    @Test
    void mvnTestShowsEveryRowAsATestAndTheSkeletonFailsThemAll() throws Exception {
        restoreSkeleton();
        Map<String, String> rows = mvnTestRows();

        assertThat(rows).hasSize(20).allSatisfy((name, failure) -> assertThat(failure).as(name).isNotEmpty());
        assertThat(rows.keySet()).anyMatch(n -> n.contains(
                "1.4 the square thread and the cube thread were alive at the same time") && n.endsWith("(0/6)"));
        assertThat(rows.values()).anyMatch(f -> f.contains("this task is still the skeleton"));
    }

    /** A task that does not compile costs only its own rows, as with ./grade: Maven never compiles it first. */
    @Test
    void mvnTestOfASubmissionWithATaskThatDoesNotCompileFailsOnlyThatTasksRows() throws Exception {
        copySolution();
        copyJava(repo().resolve("submissions/compile-error/src/main/java"));
        Map<String, String> rows = mvnTestRows();

        assertThat(rows).hasSize(20);
        assertThat(rows.entrySet().stream().filter(r -> !r.getValue().isEmpty()).map(Map.Entry::getKey))
                .hasSize(5).allMatch(n -> n.matches(".* 2\\.[1-5] .*\\(0/\\d\\)"));
        assertThat(rows.keySet()).anyMatch(n -> n.contains("1.4 the square thread") && n.endsWith("(6/6)"));
        assertThat(String.join("\n", rows.values())).contains("does not compile").contains("DelayedCounting.java");
    }

    /** Runs {@code ./mvnw test} in the clone: every row's test case name, with its failure's text (empty if passed). */
    private Map<String, String> mvnTestRows() throws Exception {
        Process process = start(clone, Map.of(), "./mvnw", "-B", "-ntp", "-q", "test");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        Path xml = clone.resolve("grader/ide/target/surefire-reports/TEST-grader.ide.HomeworkTest.xml");
        assertThat(xml).as(output).exists();
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        var cases = document.getElementsByTagName("testcase");
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < cases.getLength(); i++) {
            var testcase = (org.w3c.dom.Element) cases.item(i);
            var failures = testcase.getElementsByTagName("failure");
            rows.put(testcase.getAttribute("name"), failures.getLength() == 0 ? "" : failures.item(0).getTextContent());
        }
        boolean anyFailed = rows.values().stream().anyMatch(f -> !f.isEmpty());
        assertThat(process.exitValue()).as("mvn test fails when a row fails:\n" + output).isEqualTo(anyFailed ? 1 : 0);
        return rows;
    }

    // ---------------------------------------------------------------- helpers

    /** What the grading step left: its exit code and output, the job summary and the decoded Classroom result. */
    record Outcome(int exitCode, String stdout, String summary, String output) {

        JsonNode result() throws IOException {
            return decoded("result");
        }

        JsonNode decoded(String name) throws IOException {
            String line = output.lines().filter(l -> l.startsWith(name + "=")).reduce((a, b) -> b).orElseThrow();
            return JSON.readTree(Base64.getDecoder().decode(line.substring(name.length() + 1)));
        }
    }

    /** What the reporter step reads: each of its runners, with the step output its variable names. */
    private Map<String, JsonNode> reporterRunners(Outcome outcome) throws IOException {
        JsonNode reporter = step("classroom-resources/autograding-grading-reporter");
        Map<String, JsonNode> runners = new LinkedHashMap<>();
        for (String runner : reporter.at("/with/runners").asText().split(",")) {
            String variable = reporter.at("/env/" + runner.trim().toUpperCase(Locale.ROOT) + "_RESULTS").asText();
            var expression = Pattern.compile("\\$\\{\\{ steps\\.grade\\.outputs\\.(\\w+) }}").matcher(variable);
            assertThat(expression.matches()).as(variable).isTrue();
            runners.put(runner, outcome.decoded(expression.group(1)));
        }
        return runners;
    }

    /** Runs the `run` of the step with id `grade` as GitHub Actions would: bash, the job's env, temp files. */
    private Outcome runGradeStep(Map<String, String> overrides) throws Exception {
        String command = step("grade").get("run").asText();
        Path summary = Files.createTempFile(temp, "summary", ".md");
        Path output = Files.createTempFile(temp, "output", ".txt");
        Map<String, String> env = new HashMap<>();
        workflow.at("/jobs/grade/env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        env.putAll(overrides);
        env.put("GITHUB_ACTIONS", "true");
        env.put("CI", "true");
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("GITHUB_OUTPUT", output.toString());
        Process process = start(clone, env, "bash", "-eo", "pipefail", "-c", command);
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), stdout, Files.readString(summary), Files.readString(output));
    }

    private JsonNode step(String idOrAction) {
        for (JsonNode step : workflow.at("/jobs/grade/steps")) {
            if (idOrAction.equals(step.path("id").asText()) || step.path("uses").asText().startsWith(idOrAction + "@")) {
                return step;
            }
        }
        throw new AssertionError("no step " + idOrAction + " in the workflow");
    }

    /** The maximum score of the checks a student sees: the rows of the visible rubric classes. */
    private static int visibleMax() {
        return Assignments.installed().defaultHomework().stream().flatMap(t -> Stream.of(t.rubric().getDeclaredMethods()))
                .map(RubricCatalog::of).filter(java.util.Objects::nonNull).mapToInt(Check::points).sum();
    }

    private void copySolution() throws IOException {
        copyJava(repo().resolve("submissions/reference/src/main/java"));
    }

    private void restoreSkeleton() throws IOException {
        copyJava(repo().resolve("assignments/src/main/java"));
    }

    private void copyJava(Path sources) throws IOException {
        Path target = clone.resolve("assignments/src/main/java");
        for (Path file : javaFiles(sources)) {
            Path to = target.resolve(sources.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".git/")).sorted().toList();
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).filter(p -> !p.toString().contains("/.git/"))
                    .toList();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static Process start(Path folder, Map<String, String> env, String... command) throws IOException {
        var builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        return builder.start();
    }

    private static void run(Path folder, Map<String, String> env, int seconds, String... command) throws Exception {
        Process process = start(folder, env, command);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
    }
}
