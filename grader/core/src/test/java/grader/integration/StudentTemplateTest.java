package grader.integration;

import static grader.testsupport.RepoFiles.repo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import grader.rubric.RubricCatalog;
import grader.rubric.Check;
import grader.rubric.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
    private Path clone;
    private JsonNode workflow;

    @BeforeAll
    void exportCommitAndClone(@TempDir Path temp) throws Exception {
        this.temp = temp;
        Path exported = temp.resolve("exported");
        StudentTemplate.export(repo(), exported);
        run(exported, Map.of(), 60, "git", "init", "-q");
        run(exported, Map.of(), 60, "git", "add", "-A");
        run(exported, Map.of(), 60, "git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "t");
        clone = temp.resolve("clone");
        run(temp, Map.of(), 60, "git", "clone", "-q", exported.toString(), clone.toString());
        workflow = new YAMLMapper().readTree(clone.resolve(".github/workflows/grade.yml").toFile());
    }

    // ---------------------------------------------------------------- what is in it

    @Test
    void holdsNoSolutionNoCorpusNoHiddenCheckAndNoGraderTests() throws IOException {
        List<String> files = files(clone);

        assertThat(files).contains("grade", "mvnw", "pom.xml", "README.md", ".github/workflows/grade.yml",
                "assignments/ASSIGNMENTS.md", "grader/core/src/main/java/grader/rubric/squares/SquaresRubric.java");
        assertThat(files).as("the Russian README and contract")
                .contains("README.ru.md", "assignments/ASSIGNMENTS.ru.md");
        assertThat(files).noneMatch(f -> f.startsWith("submissions/") || f.startsWith("bench/")
                || f.startsWith(".ci/") || f.startsWith("grader/integrations/") || f.contains("/src/test/")
                || f.contains("HiddenRubric") || f.contains("/target/"));
        for (String file : files) {
            // an annotation in use starts its line; the Javadoc of HiddenPart only shows one after " * "
            assertThat(Files.readString(clone.resolve(file), StandardCharsets.ISO_8859_1)).as(file)
                    .doesNotContain("hidden = true").doesNotContainPattern("(?m)^\\s*@HiddenPart\\(");
        }
        for (Path solution : javaFiles(repo().resolve("submissions/reference"))) {
            String code = Files.readString(solution);
            assertThat(javaFiles(clone)).as("a copy of " + solution.getFileName())
                    .noneMatch(f -> readQuietly(f).equals(code));
        }
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

        assertThatThrownBy(() -> StudentTemplate.export(repo(), used)).hasMessageContaining("not empty");
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
        JsonNode reporter = step("classroom-resources/autograding-grading-reporter");
        assertThat(reporter.at("/env/GRADE_RESULTS").asText()).isEqualTo("${{ steps.grade.outputs.result }}");
        assertThat(reporter.at("/with/runners").asText()).isEqualTo("grade");
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

    // ---------------------------------------------------------------- helpers

    /** What the grading step left: its exit code and output, the job summary and the decoded Classroom result. */
    record Outcome(int exitCode, String stdout, String summary, String output) {

        JsonNode result() throws IOException {
            String line = output.lines().filter(l -> l.startsWith("result=")).reduce((a, b) -> b).orElseThrow();
            return JSON.readTree(Base64.getDecoder().decode(line.substring("result=".length())));
        }
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
        return Stream.of(Task.values()).flatMap(t -> Stream.of(t.rubric().getDeclaredMethods()))
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
