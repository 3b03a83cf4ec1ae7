package grader.integration;

import static grader.testsupport.RepoFiles.copyTree;
import static grader.testsupport.RepoFiles.repo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the Gradescope autograder zip, extracts it the way Gradescope does (into {@code ROOT/source}), and runs its
 * {@code run_autograder} with {@code AUTOGRADER_ROOT=ROOT} on real submissions and on broken set-ups, checking that
 * every run leaves a {@code ROOT/results/results.json} that follows Gradescope's specification.
 *
 * <p>Maven runs tests before {@code package}, so {@code target/grader.jar} may be missing or stale here (a fresh
 * clone, {@code ./mvnw verify}). The test therefore packages what it is testing itself: {@code grader.jar} from the
 * module's compiled classes, and {@code lib/} from the test class path (its jars, and the probe's classes folder
 * made into a jar when Maven resolves the probe module to a folder). The test-only jars that also land in
 * {@code lib/} are harmless. Student code runs with {@code GRADER_SANDBOX=none}: the sandbox is not what is tested,
 * and on a shared machine the per-user-id mode would kill the processes of other gradings' slots.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class GradescopePackageTest {

    private static final Set<String> VISIBILITIES = Set.of("visible", "hidden", "after_due_date", "after_published");
    private static final int CHECKS = 21;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    static Path shared;

    private static Path zip;
    private static Path extracted;

    @TempDir
    Path root;

    @BeforeAll
    static void buildAndExtract() throws Exception {
        Path jar = jarOfClasses(classesFolder(), shared.resolve("build/grader.jar"));
        Path lib = runtimeLibraries(shared.resolve("build/lib"));
        // the repository's course, which main() also packages when given none
        zip = GradescopePackage.build(repo().resolve(GradescopePackage.TEMPLATES), jar, lib,
                shared.resolve("autograder.zip"), null, repo().resolve(grader.course.CourseFile.NAME));
        extracted = Files.createDirectories(shared.resolve("extracted"));
        extract(zip, extracted);
    }

    // ---------------------------------------------------------------- the zip

    @Test
    void zipHasTheScriptsAtItsRootAndTheGraderInSource() throws IOException {
        List<String> entries = new ArrayList<>();
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> files = Files.walk(fs.getPath("/"))) {
            files.filter(Files::isRegularFile).forEach(p -> entries.add(p.toString().substring(1)));
            for (String script : GradescopePackage.SCRIPTS) {
                assertThat(Files.getPosixFilePermissions(fs.getPath(script)))
                        .as("%s is executable in the zip", script)
                        .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
            }
        }
        assertThat(entries).contains("setup.sh", "run_autograder", "grader/grader.jar", "grader/course.yaml")
                .anyMatch(e -> e.matches("grader/lib/jackson-databind.*\\.jar"))
                .anyMatch(e -> e.matches("grader/lib/junit-platform-launcher.*\\.jar"))
                .allMatch(e -> GradescopePackage.SCRIPTS.contains(e) || e.startsWith("grader/"));
    }

    @Test
    void extractedScriptsAreExecutableBashWithUnixLineEndings() throws Exception {
        for (String script : GradescopePackage.SCRIPTS) {
            Path file = extracted.resolve(script);
            String text = Files.readString(file);
            assertThat(Files.isExecutable(file)).as("%s keeps its executable bit through unzip", script).isTrue();
            assertThat(text).startsWith("#!/usr/bin/env bash\n").doesNotContain("\r");
            Process syntax = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
            assertThat(syntax.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(syntax.exitValue()).as("bash -n %s: %s", script,
                    new String(syntax.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        }
        assertThat(Files.readString(extracted.resolve("setup.sh"))).contains("openjdk-17-jdk-headless");
    }

    @Test
    void aCoursesLanguageGoesIntoTheZipForRunAutograder() throws IOException {
        Path russian = GradescopePackage.build(repo().resolve(GradescopePackage.TEMPLATES),
                extracted.resolve("grader/grader.jar"), extracted.resolve("grader/lib"), root.resolve("ru.zip"),
                Language.RU);
        try (var zip = new java.util.zip.ZipFile(russian.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("grader/lang")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("ru\n");
        }
        assertThat(Files.readString(extracted.resolve("run_autograder"))).contains("--lang \"$lang\"")
                .contains("$grader_dir/lang");
        assertThat(extracted.resolve("grader/lang")).as("none without --lang").doesNotExist();
    }

    @Test
    void theSameInputsGiveTheSameZip() throws IOException {
        Path again = GradescopePackage.build(repo().resolve(GradescopePackage.TEMPLATES),
                extracted.resolve("grader/grader.jar"), extracted.resolve("grader/lib"), root.resolve("again.zip"));
        Path twice = GradescopePackage.build(repo().resolve(GradescopePackage.TEMPLATES),
                extracted.resolve("grader/grader.jar"), extracted.resolve("grader/lib"), root.resolve("twice.zip"));
        assertThat(Arrays.equals(Files.readAllBytes(again), Files.readAllBytes(twice))).as("same bytes").isTrue();
    }

    @Test
    void mainPackagesTheJarItRunsFromWithTheTemplatesOfTheWorkingFolder() throws Exception {
        Path out = root.resolve("from-main.zip");
        Path build = shared.resolve("build");
        Process main = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                build.resolve("grader.jar") + File.pathSeparator + build.resolve("lib") + File.separator + "*",
                GradescopePackage.class.getName(), out.toString())
                .directory(repo().toFile()).redirectErrorStream(true).start();
        String output = new String(main.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(main.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(main.exitValue()).as(output).isZero();
        assertThat(output).contains("Wrote " + out);
        assertThat(Arrays.equals(Files.readAllBytes(out), Files.readAllBytes(zip))).as("same zip as build()").isTrue();
    }

    @Test
    void mainWithoutAnOutputFileExitsTwoWithUsage() {
        var err = new ByteArrayOutputStream();
        int code = GradescopePackage.run(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage:").contains("OUT.zip");
    }

    @Test
    void setupInstallsAJdkAndChecksThatTheGraderStarts() throws Exception {
        copyTree(extracted, root.resolve("source"));
        Files.copy(root.resolve("source/run_autograder"), root.resolve("run_autograder")); // Gradescope's copy
        Files.setPosixFilePermissions(root.resolve("run_autograder"), PosixFilePermissions.fromString("rw-r--r--"));
        Path bin = Files.createDirectories(root.resolve("fake-bin"));
        Path aptLog = root.resolve("apt-get.log");
        // apt-get that installs nothing, and has no bubblewrap to offer (setup.sh must go on without it).
        Files.writeString(bin.resolve("apt-get"), "#!/bin/sh\necho \"$*\" >> '" + aptLog + "'\n"
                + "case \"$*\" in *bubblewrap*) exit 100;; esac\n");
        Files.setPosixFilePermissions(bin.resolve("apt-get"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path log = root.resolve("setup.log");
        var builder = new ProcessBuilder("bash", root.resolve("source/setup.sh").toString()).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("AUTOGRADER_ROOT", root.toString());
        builder.environment().put("PATH", bin + File.pathSeparator + Path.of(System.getProperty("java.home"), "bin")
                + File.pathSeparator + "/usr/bin:/bin");
        Process setup = builder.start();
        assertThat(setup.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(setup.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(aptLog)).contains("update").contains("install -y")
                .contains("openjdk-17-jdk-headless").contains("python3");
        assertThat(Files.readString(log)).contains("bubblewrap is not available").contains("the grader is installed");
        assertThat(Files.isExecutable(root.resolve("run_autograder"))).as("setup.sh made the copy executable").isTrue();
    }

    // ---------------------------------------------------------------- grading runs

    @Test
    void referenceSolutionGetsFullMarks() throws Exception {
        copyTree(repo().resolve("submissions/reference"), root.resolve("submission"));

        JsonNode results = runAutograder(Map.of());

        assertFollowsTheSpecification(results);
        assertThat(results.get("score").asDouble()).as(results.toPrettyString()).isEqualTo(100);
        assertThat(results.get("tests")).hasSize(CHECKS)
                .allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("passed"));
        // the checks on inputs students must not know, and the 10,000 items, show after the due date
        for (JsonNode test : results.get("tests")) {
            String id = test.get("name").asText().split(" ")[0];
            assertThat(test.get("visibility").asText()).as(id)
                    .isEqualTo(List.of("1.1", "1.2", "3.4", "4.1").contains(id) ? "after_due_date" : "visible");
        }
    }

    @Test
    void unfilledSkeletonGetsZeroWithEveryCheckFailed() throws Exception {
        copyTree(repo().resolve("assignments/src"), root.resolve("submission/src"));

        JsonNode results = runAutograder(Map.of());

        assertFollowsTheSpecification(results);
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("tests")).hasSize(CHECKS)
                .allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("failed"))
                .allSatisfy(t -> assertThat(t.get("output").asText()).as("feedback of %s", t.get("name")).isNotBlank());
    }

    /** The packaged course decides what Gradescope grades, and a score below its pass mark is still a result. */
    @Test
    void thePackagedCourseIsGradedAndAScoreBelowItsPassMarkKeepsItsResults() throws Exception {
        copyTree(repo().resolve("assignments/src"), root.resolve("submission/src"));
        copyTree(extracted, root.resolve("source"));
        Files.writeString(root.resolve("source/grader/course.yaml"),
                "assignments:\n  - task: 2\n    weight: 10\n    hidden: [2.1]\npass: 5\n");

        JsonNode results = runAutograder(Map.of(), false);

        assertFollowsTheSpecification(results);
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("max_score").asDouble()).isEqualTo(10);
        assertThat(results.get("tests")).extracting(t -> t.get("name").asText().split(" ")[0] + " "
                + t.get("max_score").asText() + " " + t.get("visibility").asText())
                .containsExactly("2.1 2 after_due_date", "2.2 2 visible", "2.3 2 visible", "2.4 2.8 visible",
                        "2.5 1.2 visible");
    }

    @Test
    void brokenArchiveIsGradedInvalidWithAReason() throws Exception {
        Files.createDirectories(root.resolve("submission"));
        Files.copy(repo().resolve("submissions/broken-archive.zip"), root.resolve("submission/homework.zip"));

        JsonNode results = runAutograder(Map.of());

        assertFollowsTheSpecification(results);
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("tests")).hasSize(CHECKS)
                .allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("failed"));
        assertThat(results.get("tests").get(0).get("output").asText()).isNotBlank();
    }

    @Test
    void missingSubmissionFolderStillGivesValidResults() throws Exception {
        JsonNode results = runAutograder(Map.of());

        assertFollowsTheSpecification(results);
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("tests")).isEmpty();
        assertThat(results.get("output").asText()).contains("No submission was found").contains("submission");
    }

    @Test
    void graderThatCannotStartStillGivesValidResultsWithItsError() throws Exception {
        copyTree(repo().resolve("submissions/reference"), root.resolve("submission"));
        copyTree(extracted, root.resolve("source"));
        deleteTree(root.resolve("source/grader/lib")); // Jackson, JUnit and the probe are gone

        JsonNode results = runAutograder(Map.of(), false);

        assertFollowsTheSpecification(results);
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("output").asText()).contains("The grader itself failed (exit status")
                .contains("not of your code").contains("error output");
    }

    @Test
    void graderErrorOutputIsEscapedIntoValidJson() throws Exception {
        copyTree(repo().resolve("submissions/reference"), root.resolve("submission"));
        String option = "-Xbogus\"quote\\back\\slash{}<&>'";

        JsonNode results = runAutograder(Map.of("GRADER_JAVA_OPTS", option));

        assertFollowsTheSpecification(results);
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("output").asText()).contains("The grader itself failed (exit status 1)")
                .contains(option);
    }

    @Test
    void gradingPastTheTimeLimitStillGivesValidResults() throws Exception {
        assumeTrue(Stream.of("/usr/bin/timeout", "/bin/timeout").anyMatch(t -> Files.isExecutable(Path.of(t))),
                "coreutils' timeout is not installed (it is on Gradescope's Ubuntu images)");
        copyTree(repo().resolve("submissions/reference"), root.resolve("submission"));

        JsonNode results = runAutograder(Map.of("GRADER_TIME_LIMIT", "1"));

        assertFollowsTheSpecification(results);
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("output").asText()).contains("longer than 1 seconds");
    }

    @Test
    void noJavaStillGivesValidResults() throws Exception {
        copyTree(repo().resolve("submissions/reference"), root.resolve("submission"));
        Path bin = Files.createDirectories(root.resolve("bin-without-java"));
        for (String tool : List.of("bash", "mkdir", "rm", "mktemp", "date", "cat", "tail", "tr", "iconv", "grep",
                "mv", "timeout")) {
            Stream.of("/usr/bin/", "/bin/").map(dir -> Path.of(dir + tool)).filter(Files::isExecutable).findFirst()
                    .ifPresent(path -> copy(path, bin.resolve(tool)));
        }

        JsonNode results = runAutograder(Map.of("JAVA_HOME", root.resolve("no-jdk").toString(),
                "PATH", bin.toString()));

        assertFollowsTheSpecification(results);
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("output").asText()).contains("no Java runtime");
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Every field Gradescope's specification defines, with the types and values it allows. */
    private static void assertFollowsTheSpecification(JsonNode results) {
        assertThat(results.isObject()).isTrue();
        assertThat(results.has("score") && results.get("score").isNumber()).as("a numeric score in %s", results)
                .isTrue();
        for (String number : List.of("max_score", "execution_time")) {
            if (results.has(number)) {
                assertThat(results.get(number).isNumber()).as(number).isTrue();
            }
        }
        assertThat(results.has("output") && results.get("output").isTextual()).as("a text output").isTrue();
        for (String visibility : List.of("visibility", "stdout_visibility")) {
            if (results.has(visibility)) {
                assertThat(results.get(visibility).asText()).as(visibility).isIn(VISIBILITIES);
            }
        }
        JsonNode tests = results.get("tests");
        assertThat(tests != null && tests.isArray()).as("a tests array").isTrue();
        double sum = 0;
        for (JsonNode test : tests) {
            String name = test.get("name").asText();
            assertThat(test.get("name").isTextual()).isTrue();
            assertThat(test.get("score").isNumber()).as("score of %s", name).isTrue();
            assertThat(test.get("max_score").isNumber()).as("max_score of %s", name).isTrue();
            assertThat(test.get("score").asDouble()).isBetween(0.0, test.get("max_score").asDouble());
            assertThat(test.get("status").asText()).as("status of %s", name).isIn("passed", "failed");
            assertThat(test.get("status").asText()).isEqualTo(
                    test.get("score").asDouble() == test.get("max_score").asDouble() ? "passed" : "failed");
            assertThat(test.get("visibility").asText()).as("visibility of %s", name).isIn(VISIBILITIES);
            assertThat(test.get("output").isTextual()).isTrue();
            String number = test.get("number").asText();
            assertThat(number).matches("[1-4]\\.[0-9]+");
            assertThat(name).startsWith(number + " ");
            sum += test.get("score").asDouble();
        }
        if (!tests.isEmpty()) {
            assertThat(results.get("score").asDouble()).as("score is the sum of the tests'").isEqualTo(sum);
        }
    }

    private JsonNode runAutograder(Map<String, String> env) throws Exception {
        return runAutograder(env, true);
    }

    /** Runs {@code ROOT/source/run_autograder} (the extracted zip, unless the test laid out its own source). */
    private JsonNode runAutograder(Map<String, String> env, boolean freshSource) throws Exception {
        if (freshSource) {
            copyTree(extracted, root.resolve("source"));
        }
        Path log = root.resolve("run_autograder.log");
        var builder = new ProcessBuilder(root.resolve("source/run_autograder").toString()).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("AUTOGRADER_ROOT", root.toString());
        builder.environment().put("GRADER_SANDBOX", "none");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // The grader's scratch folders go into the test's folder (a run stopped at its time limit leaves its own).
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        builder.environment().put("GRADER_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(Duration.ofMinutes(5).toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("run_autograder did not end in 5 minutes:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        assertThat(process.exitValue()).as("run_autograder's exit status; its output:\n%s", output).isZero();
        Path results = root.resolve("results/results.json");
        assertThat(results).as("results.json; run_autograder's output:\n%s", output).isRegularFile();
        try {
            return JSON.readTree(results.toFile());
        } catch (IOException e) {
            throw new AssertionError("results.json is not valid JSON: " + e.getMessage() + "\n"
                    + Files.readString(results), e);
        }
    }

    /** The module's compiled main classes ({@code target/classes}). */
    private static Path classesFolder() throws URISyntaxException {
        return Path.of(GradescopePackage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * The grader's dependencies from the test class path, into {@code lib}: each jar copied, each classes folder
     * (the probe, when Maven resolves the module to its folder) made into a jar; this module's own classes and test
     * classes and Surefire's jars are left out.
     */
    private static Path runtimeLibraries(Path lib) throws Exception {
        Files.createDirectories(lib);
        Path classes = classesFolder().toAbsolutePath().normalize();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String element : classpath.split(File.pathSeparator)) {
            if (element.isBlank()) {
                continue;
            }
            Path path = Path.of(element).toAbsolutePath().normalize();
            String name = path.getFileName().toString();
            if (path.equals(classes) || path.equals(classes.resolveSibling("test-classes"))
                    || name.startsWith("surefire") || !Files.exists(path)) {
                continue;
            }
            if (Files.isDirectory(path)) {
                Path module = path.getParent() != null && path.getParent().getParent() != null
                        ? path.getParent().getParent() : path;
                jarOfClasses(path, lib.resolve(module.getFileName() + "-classes.jar"));
            } else if (name.endsWith(".jar")) {
                Files.copy(path, lib.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> jars = Files.list(lib)) {
            assertThat(jars.map(p -> p.getFileName().toString()))
                    .as("the grader's dependencies on the test class path %s", classpath)
                    .anyMatch(n -> n.startsWith("jackson-databind")).anyMatch(n -> n.contains("probe"));
        }
        return lib;
    }

    private static Path jarOfClasses(Path folder, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "grader.cli.GradeCommand");
        try (OutputStream file = Files.newOutputStream(jar); var out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(folder.relativize(p).toString().replace(File.separatorChar, '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Extracts like Gradescope: with Info-ZIP's unzip when there is one (it applies the stored modes). */
    private static void extract(Path zip, Path into) throws Exception {
        if (Files.isExecutable(Path.of("/usr/bin/unzip"))) {
            Process unzip = new ProcessBuilder("/usr/bin/unzip", "-q", zip.toString(), "-d", into.toString())
                    .redirectErrorStream(true).start();
            String output = new String(unzip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(unzip.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(unzip.exitValue()).as("unzip: %s", output).isZero();
            return;
        }
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> files = Files.walk(fs.getPath("/"))) {
            for (Path p : files.toList()) {
                Path to = into.resolve(p.toString().substring(1));
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                    Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(p));
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
