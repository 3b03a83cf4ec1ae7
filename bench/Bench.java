import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.engine.Grader;
import grader.engine.PhaseTimes;
import grader.engine.run.SandboxChoice;
import grader.engine.run.StudentJvm;
import grader.report.GradeReport;
import grader.rubric.Parameters;
import grader.rubric.async.AsyncPlan;
import grader.rubric.counting.CountingPlan;
import grader.rubric.factorial.FactorialPlan;
import grader.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * The grader's benchmarks, one part at a time or all: {@code bench/run PART [options]} (see bench/README.md).
 *
 * <p>Launched by {@code bench/run} as a single-file program on the grader's class path, so that it can use the
 * {@link Grader} API in-process (part "scale") and Jackson to read results.json. Every figure is measured on
 * this machine at run time; nothing is hard-coded but the corpus's expected verdicts, read from expected.csv.
 */
public class Bench {

    static final Path ROOT = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    static final Path GRADE = ROOT.resolve("grade");
    static final Path CORPUS = ROOT.resolve("submissions");
    static final Path REFERENCE = CORPUS.resolve("reference");
    static final List<String> PARTS = List.of("latency", "maven", "scale", "throughput", "stability");

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (o.help) {
            System.out.print(Options.USAGE);
            return;
        }
        // Ctrl-C (SIGINT reaches this JVM, as bench/run execs it) and kill still stop the load and the graders
        // we started and remove the temp folder; the same clean-up also runs at a normal end.
        Runtime.getRuntime().addShutdownHook(new Thread(Cleanup::run, "bench-cleanup"));
        List<Table> tables = new ArrayList<>();
        Floor floor = new Floor();
        boolean failed = false;
        try {
            for (String part : o.parts) {
                System.out.printf("== %s ==%n", part);
                List<Table> made;
                try {
                    made = switch (part) {
                        case "latency" -> latency(o, floor);
                        case "maven" -> maven(o, floor);
                        case "scale" -> scale(o, floor);
                        case "throughput" -> throughput(o);
                        case "stability" -> stability(o);
                        default -> throw new IllegalStateException(part);
                    };
                } catch (Exception e) {
                    // one part failing (a grader that exited 3, a Maven test that did not score 100) should not
                    // cost the parts of "all" after it
                    System.err.println("bench: part " + part + " failed: " + e.getMessage());
                    failed = true;
                    continue;
                }
                made.forEach(t -> t.print(System.out));
                tables.addAll(made);
                if (o.markdown != null) {
                    // after every part, so that an interrupted "all" keeps the parts that finished
                    Files.writeString(o.markdown, markdown(tables));
                }
            }
            if (floor.used()) {
                // once, after every part that needed it, with every floor this run measured
                Table t = floor.table();
                t.print(System.out);
                tables.add(t);
            }
            if (o.markdown != null) {
                Files.writeString(o.markdown, markdown(tables));
                System.out.println("Wrote " + o.markdown);
            }
        } finally {
            Cleanup.run();
        }
        if (failed) {
            System.exit(1);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Part 1: latency of ./grade on one submission

    static List<Table> latency(Options o, Floor floor) throws Exception {
        int runs = o.runs != null ? o.runs : 10;
        warmUp(o);
        Table each = new Table("Latency: ./grade " + relative(o.submission) + ", " + runs + " runs (" + cores()
                + " cores)", "run", "seed", "wall s", "score", "start-up", "compile", "untimed", "timed",
                "judge+rest", "re-runs", "floor s", "wall/floor");
        List<Split> splits = new ArrayList<>();
        List<Double> walls = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        int reruns = 0;
        for (int i = 1; i <= runs; i++) {
            long seed = o.seed != null ? o.seed : i;
            GradeRun g = gradeOnce(o.submission, seed);
            Split s = Split.of(g.spans, g.run.wallMs, g.run.firstLineMs);
            double f = floor.totalMillis(Parameters.fromSeed(seed));
            splits.add(s);
            walls.add(g.run.wallMs);
            floors.add(f);
            reruns += s.reruns;
            each.row(i, seed, sec(g.run.wallMs), g.score, sec(s.startup), sec(s.compile), sec(s.untimed),
                    sec(s.timed), sec(s.tail), s.reruns, sec(f), ratio(g.run.wallMs / f));
        }
        each.note("Phases: start-up = script + grader JVM start + sandbox trial (up to the end of \"choose the "
                + "sandbox\"; the JVM's clock is anchored on ours by the report's first line); compile = the javac "
                + "run; untimed = tasks 1 and 4, first call to \"judge task 4\"; timed = tasks 2 and 3, first "
                + "timed call's start to the last one's end; "
                + "judge+rest = what follows the last call or judgement (judging, the report, JVM exit). Floor = "
                + "the inherent floor of that seed (see below).");
        Table summary = new Table("Latency summary over " + runs + " runs", "figure", "median s", "min s", "max s");
        summary.row("wall", sec(median(walls)), sec(min(walls)), sec(max(walls)));
        summary.row("start-up", sec(median(map(splits, Split::startup))), "", "");
        summary.row("compile", sec(median(map(splits, Split::compile))), "", "");
        summary.row("untimed phase (tasks 1, 4)", sec(median(map(splits, Split::untimed))), "", "");
        summary.row("timed phase (tasks 2, 3)", sec(median(map(splits, Split::timed))), "", "");
        summary.row("judging + report + rest", sec(median(map(splits, Split::tail))), "", "");
        summary.row("inherent floor", sec(median(floors)), sec(min(floors)), sec(max(floors)));
        List<Double> overFloor = IntStream.range(0, runs).mapToObj(i -> walls.get(i) / floors.get(i)).toList();
        summary.row("wall / floor", ratio(median(overFloor)), ratio(min(overFloor)), ratio(max(overFloor)));
        summary.note("Timed calls re-run because a canary saw the machine disturbed: " + reruns + " in " + runs
                + " runs.");
        return List.of(each, summary);
    }

    /** One untimed run first: it fills the file cache and, after a build, writes the grader's CDS archive. */
    static void warmUp(Options o) throws Exception {
        if (o.warmup) {
            System.out.println("warm-up run (not counted)...");
            gradeOnce(o.submission, 0);
        }
    }

    record GradeRun(Run run, String score, List<Span> spans) {}

    static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+/\\d+)");

    /** {@code ./grade SUBMISSION --seed N --timings FILE}, timed from our side. */
    static GradeRun gradeOnce(Path submission, long seed) throws Exception {
        Path tsv = Cleanup.temp().resolve("timings-" + seed + "-" + System.nanoTime() + ".tsv");
        Run run = Run.of(List.of(GRADE.toString(), submission.toString(), "--seed", String.valueOf(seed),
                "--timings", tsv.toString()), ROOT, Map.of());
        run.check("./grade " + submission);
        String score = run.out.stream().map(TOTAL::matcher).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElse("?");
        List<Span> spans = Span.readTsv(tsv);
        Files.deleteIfExists(tsv);
        return new GradeRun(run, score, spans);
    }

    record Span(String name, double start, double end) {

        double millis() {
            return end - start;
        }

        static List<Span> readTsv(Path tsv) throws IOException {
            List<Span> spans = new ArrayList<>();
            for (String line : Files.readAllLines(tsv)) {
                String[] f = line.split("\t");
                if (f.length == 3) {
                    spans.add(new Span(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2])));
                }
            }
            return spans;
        }

        static List<Span> of(PhaseTimes times) {
            return times.spans().stream().map(s -> new Span(s.name(), s.startMillis(), s.endMillis())).toList();
        }
    }

    static final Pattern RERUN = Pattern.compile(" attempt ([2-9]|\\d{2,})$");

    /** One ./grade run cut into phases that add up to its wall time; NaN where a span is missing. */
    record Split(double startup, double compile, double untimed, double timed, double tail, int reruns) {

        static Split of(List<Span> spans, double wallMs, double firstLineMs) {
            double last = spans.stream().mapToDouble(Span::end).max().orElse(Double.NaN);
            // The spans count from the grader JVM's start, which we cannot see. The report's first line reaches
            // us right after the last span ended, so it ties the JVM's clock to ours; without output, the time
            // after the last span (report, exit) is counted as start-up instead.
            double origin = (firstLineMs > 0 ? firstLineMs : wallMs) - last;
            double startup = origin + end(spans, n -> n.equals("choose the sandbox"));
            double compile = spans.stream().filter(s -> s.name.equals("compile")).mapToDouble(Span::millis)
                    .findFirst().orElse(Double.NaN);
            double untimed = end(spans, n -> n.equals("judge task 1") || n.equals("judge task 4"))
                    - start(spans, n -> n.startsWith("task 1 ") || n.startsWith("task 4 "));
            // Measured from the spans themselves, so the split stays right should the phases ever overlap; the
            // rest is what follows the last call or judgement.
            double timed = end(spans, n -> n.startsWith("task 2 ") || n.startsWith("task 3 "))
                    - start(spans, n -> n.startsWith("task 2 ") || n.startsWith("task 3 "));
            double calls = end(spans, n -> n.startsWith("task ") || n.startsWith("judge "))
                    - end(spans, n -> n.equals("compile"));
            double tail = wallMs - nz(startup) - nz(compile) - nz(calls);
            int reruns = (int) spans.stream().filter(s -> RERUN.matcher(s.name).find()).count();
            return new Split(startup, compile, untimed, timed, tail, reruns);
        }

        private static double end(List<Span> spans, Predicate<String> name) {
            return spans.stream().filter(s -> name.test(s.name)).mapToDouble(Span::end).max().orElse(Double.NaN);
        }

        private static double start(List<Span> spans, Predicate<String> name) {
            return spans.stream().filter(s -> name.test(s.name)).mapToDouble(Span::start).min()
                    .orElse(Double.NaN);
        }

        private static double nz(double v) {
            return Double.isNaN(v) ? 0 : v;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Part 2: the same submission graded "the usual way", by mvn test in a generated Maven project

    static List<Table> maven(Options o, Floor floor) throws Exception {
        int runs = o.runs != null ? o.runs : 5;
        Path project = MavenProject.create(Cleanup.temp().resolve("maven-way"), o.submission);
        if (o.warmup) {
            System.out.println("warm-up of both ways (not counted)...");
            gradeOnce(o.submission, 0);
            MavenProject.test(project, 0);
        }
        Table each = new Table("Against the usual way: ./grade vs mvn -o -q test (JUnit test calling the Grader "
                + "API), " + runs + " pairs", "pair", "seed", "./grade s", "mvn test s", "floor s", "./grade - floor",
                "mvn - floor", "./grade/floor");
        List<Double> ours = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            long seed = o.seed != null ? o.seed : i;
            double g;
            double m;
            // alternate which goes first, so that neither always inherits the other's after-effects
            if (i % 2 == 1) {
                g = gradeOnce(o.submission, seed).run.wallMs;
                m = MavenProject.test(project, seed);
            } else {
                m = MavenProject.test(project, seed);
                g = gradeOnce(o.submission, seed).run.wallMs;
            }
            double f = floor.totalMillis(Parameters.fromSeed(seed));
            ours.add(g);
            theirs.add(m);
            floors.add(f);
            each.row(i, seed, sec(g), sec(m), sec(f), sec(g - f), sec(m - f), ratio(g / f));
        }
        double g = median(ours);
        double m = median(theirs);
        double oursOver = median(IntStream.range(0, runs).mapToObj(i -> ours.get(i) - floors.get(i)).toList());
        double theirsOver = median(IntStream.range(0, runs).mapToObj(i -> theirs.get(i) - floors.get(i)).toList());
        Table summary = new Table("Against the usual way: medians", "figure", "./grade", "mvn test", "ours/theirs",
                "target", "met");
        summary.row("total s", sec(g), sec(m), ratio(g / m), "< 1", g < m ? "yes" : "NO");
        summary.row("overhead s (total - floor)", sec(oursOver), sec(theirsOver), ratio(oursOver / theirsOver),
                "<= 0.25", oursOver <= theirsOver / 4 ? "yes" : "NO");
        summary.row("total / floor", ratio(g / median(floors)), ratio(m / median(floors)), "", "", "");
        summary.note("Both grade the same submission with the same seed, in the sandbox this machine allows. The "
                + "Maven project is generated in a temp folder (JUnit Jupiter 5.14.1, surefire 3.5.4, "
                + "maven-compiler 3.14.1, release 17, the grader's jars as system-scope dependencies), run offline "
                + "with the repository's mvnw; its target/ is deleted before each run, as for a fresh submission.");
        return List.of(each, summary);
    }

    /** A throw-away Maven project whose one test grades its own sources with the Grader API. */
    static final class MavenProject {

        static Path create(Path dir, Path submission) throws IOException {
            Path sources = dir.resolve("src/main/java");
            Path packageRoot = packageRoot(submission);
            try (Stream<Path> files = Files.walk(packageRoot)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Path to = sources.resolve(packageRoot.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
            Path test = dir.resolve("src/test/java/bench/GradeTest.java");
            Files.createDirectories(test.getParent());
            Files.writeString(test, TEST);
            Files.writeString(dir.resolve("pom.xml"), pom());
            return dir;
        }

        /** The folder that holds {@code homework/}, wherever the submission keeps it. */
        private static Path packageRoot(Path submission) throws IOException {
            try (Stream<Path> files = Files.walk(submission)) {
                return files.filter(p -> p.getFileName().toString().equals("homework") && Files.isDirectory(p))
                        .findFirst().map(Path::getParent)
                        .orElseThrow(() -> new IOException("no homework/ package folder in " + submission));
            }
        }

        /** Runs {@code mvnw -o -q test} on a clean target/ and returns its wall time; fails if the test fails. */
        static double test(Path project, long seed) throws Exception {
            deleteTree(project.resolve("target"));
            Run run = Run.of(List.of(ROOT.resolve("mvnw").toString(), "-o", "-q", "-Dbench.seed=" + seed, "test"),
                    project, Map.of());
            run.check("mvn test in " + project);
            return run.wallMs;
        }

        static String pom() throws IOException {
            StringBuilder deps = new StringBuilder();
            deps.append(dependency("bench.grader", "grader", "1", ROOT.resolve("grader/core/target/grader.jar")));
            // JUnit and its own dependencies come from ~/.m2 (below); every other jar of the grader's lib/ is
            // a system-scope dependency, so nothing needs installing and -o works
            Pattern jar = Pattern.compile("(.+?)-(\\d[\\w.]*(?:-SNAPSHOT)?)\\.jar");
            try (Stream<Path> libs = Files.list(ROOT.resolve("grader/core/target/lib"))) {
                for (Path lib : libs.sorted().toList()) {
                    Matcher m = jar.matcher(lib.getFileName().toString());
                    if (m.matches() && !m.group(1).matches("junit-.*|opentest4j|apiguardian-api")) {
                        deps.append(dependency("bench.lib", m.group(1), m.group(2), lib));
                    }
                }
            }
            return POM.replace("@DEPENDENCIES@", deps);
        }

        private static String dependency(String group, String artifact, String version, Path jar) {
            return """
                        <dependency>
                          <groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>
                          <scope>system</scope><systemPath>%s</systemPath>
                        </dependency>
                    """.formatted(group, artifact, version, jar.toAbsolutePath());
        }

        static final String POM = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>maven-way</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <bench.seed>1</bench.seed>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId>
                      <version>5.14.1</version><scope>test</scope>
                    </dependency>
                    <dependency>
                      <groupId>org.junit.platform</groupId><artifactId>junit-platform-launcher</artifactId>
                      <version>1.14.1</version><scope>test</scope>
                    </dependency>
                @DEPENDENCIES@  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId>
                        <version>3.14.1</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId>
                        <version>3.5.4</version>
                        <configuration>
                          <systemPropertyVariables><bench.seed>${bench.seed}</bench.seed></systemPropertyVariables>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """;

        static final String TEST = """
                package bench;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import grader.engine.Grader;
                import grader.engine.run.SandboxChoice;
                import grader.engine.run.StudentJvm;
                import grader.report.GradeReport;
                import grader.rubric.Parameters;
import grader.rubric.async.AsyncPlan;
import grader.rubric.counting.CountingPlan;
import grader.rubric.factorial.FactorialPlan;
                import java.nio.file.Files;
                import java.nio.file.Path;
                import java.util.Comparator;
                import java.util.stream.Stream;
                import org.junit.jupiter.api.Test;

                /** The usual way: a JUnit test in the student's project grades its sources. */
                class GradeTest {

                    @Test
                    void scoresFullMarks() throws Exception {
                        long seed = Long.parseLong(System.getProperty("bench.seed", "1"));
                        StudentJvm.Settings settings = StudentJvm.Settings.defaults();
                        var sandbox = SandboxChoice.detect(settings.java(), SandboxChoice.Mode.AUTO).forSlot(0);
                        Path scratch = Files.createTempDirectory("maven-way-");
                        try {
                            GradeReport report = new Grader(new StudentJvm(settings.withSandbox(sandbox)), 4)
                                    .grade(Path.of("src/main/java").toAbsolutePath(), Parameters.fromSeed(seed), scratch);
                            assertEquals("100", report.score().toString(), () -> "score of seed " + seed + ": " + report);
                        } finally {
                            try (Stream<Path> files = Files.walk(scratch)) {
                                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                            }
                        }
                    }
                }
                """;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Part 3: the inherent floor, what a correct solution's checks must observe whatever the grader does

    static final class Floor {

        private Path classes;
        private final Map<Integer, Double> task4 = new TreeMap<>();

        /** The timed phase: task 2's 9 delays between 10 lines and task 3's one delay, which run concurrently. */
        static double timedMillis(Parameters p) {
            return Math.max(9 * CountingPlan.DELAY.toMillis(), AsyncPlan.DELAY.toMillis());
        }

        /** Task 4: the 10 + max + 3 child JVMs of its three compute calls, all started at once. */
        double task4Millis(int max) throws Exception {
            Double known = task4.get(max);
            if (known == null) {
                known = startAll(10 + max + 3);
                task4.put(max, known);
            }
            return known;
        }

        double totalMillis(Parameters p) throws Exception {
            return timedMillis(p) + task4Millis(FactorialPlan.randomMax(p));
        }

        /**
         * Wall time of starting {@code count} {@code java -cp REFERENCE FactorialWorker k} at once (k = 1, 2, ...)
         * until the last has exited: what a correct task 4 needs on this machine, measured each time it is
         * asked for (once per distinct count in a bench run).
         */
        double startAll(int count) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = classes().toString();
            List<Process> started = new ArrayList<>();
            long t0 = System.nanoTime();
            try {
                for (int k = 1; k <= count; k++) {
                    started.add(Cleanup.track(new ProcessBuilder(java, "-cp", cp, "homework.factorial.FactorialWorker",
                            String.valueOf(k)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start()));
                }
                for (Process p : started) {
                    if (p.waitFor() != 0) {
                        throw new IllegalStateException("a FactorialWorker of the floor exited with " + p.exitValue());
                    }
                }
            } finally {
                started.forEach(Cleanup::untrack);
            }
            return (System.nanoTime() - t0) / 1e6;
        }

        /** The reference solution compiled once per bench run, for the floor's child JVMs. */
        private Path classes() throws IOException {
            if (classes == null) {
                Path out = Files.createDirectories(Cleanup.temp().resolve("floor-classes"));
                List<String> args = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-d",
                        out.toString()));
                try (Stream<Path> files = Files.walk(REFERENCE)) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
                }
                if (ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)) != 0) {
                    throw new IllegalStateException("the reference solution does not compile");
                }
                classes = out;
            }
            return classes;
        }

        boolean used() {
            return !task4.isEmpty();
        }

        /** What was measured in this bench run. */
        Table table() {
            Table t = new Table("Inherent floor (measured on this machine in this run)", "part", "child JVMs",
                    "floor s");
            Parameters p = Parameters.fromSeed(1);
            t.row("timed phase: max(9 x " + CountingPlan.DELAY.toMillis() + " ms, " + AsyncPlan.DELAY.toMillis()
                    + " ms)", "", sec(timedMillis(p)));
            task4.forEach((max, ms) -> t.row("task 4 with max " + max + ": 10 + " + max + " + 3 children at once",
                    10 + max + 3, sec(ms)));
            t.note("Floor of a run = timed phase + task 4 (the two phases run one after the other). Task 4's "
                    + "children are `java -cp <reference classes> homework.factorial.FactorialWorker k`, started "
                    + "together and waited for, as a correct compute() does.");
            return t;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Part 4: throughput of a batch at 1..4 jobs

    static List<Table> throughput(Options o) throws Exception {
        Path corpus = o.only != null ? copyCorpus(o.only) : CORPUS;
        Map<String, Expected> expected = Expected.read();
        Table t = new Table("Throughput: " + (o.only != null ? o.only.size() + " chosen submissions"
                : "the whole corpus") + " as one batch (./grade --batch --force)", "jobs", "submissions",
                "wall s", "per minute", "peak RSS MiB", "as expected");
        for (int jobs : o.jobsList) {
            Path out = Cleanup.temp().resolve("throughput-" + jobs);
            BatchRun b = batch(corpus, out, jobs, o.seed);
            List<Verdict> verdicts = Verdict.compare(out, expected, b.names);
            long ok = verdicts.stream().filter(Verdict::asExpected).count();
            t.row(jobs, b.names.size(), sec(b.run.wallMs), String.format(Locale.ROOT, "%.1f",
                    b.names.size() * 60_000 / b.run.wallMs), String.format(Locale.ROOT, "%.0f", b.peakRssKb / 1024.0),
                    ok + "/" + verdicts.size());
        }
        t.note("Peak RSS: the largest sum, sampled every 200 ms, of the resident memory of the grader and all its "
                + "descendants (student JVMs, their children, sandbox helpers); shared pages count once per process, "
                + "so it overstates the real use. \"as expected\": submissions whose scores, status and lost checks "
                + "match submissions/expected.csv (those not in it are not counted).");
        return List.of(t);
    }

    record BatchRun(Run run, List<String> names, long peakRssKb) {}

    /** {@code ./grade --batch DIR --out OUT --jobs J --force [--seed N]} with its memory sampled. */
    static BatchRun batch(Path corpus, Path out, int jobs, Long seed) throws Exception {
        return batch(corpus, out, jobs, seed, List.of());
    }

    static BatchRun batch(Path corpus, Path out, int jobs, Long seed, List<String> more) throws Exception {
        List<String> command = new ArrayList<>(List.of(GRADE.toString(), "--batch", corpus.toString(), "--out",
                out.toString(), "--jobs", String.valueOf(jobs), "--force"));
        command.addAll(more);
        if (seed != null) {
            command.addAll(List.of("--seed", String.valueOf(seed)));
        }
        RssSampler sampler = new RssSampler();
        Run run = Run.of(command, ROOT, Map.of("CI", "true"), sampler::watch);
        sampler.stop();
        run.check("./grade --batch " + corpus);
        List<String> names = Files.readAllLines(out.resolve("gradebook.csv")).stream().skip(1)
                .map(l -> l.split(",", 2)[0]).toList();
        return new BatchRun(run, names, sampler.peakKb);
    }

    /** Samples the summed RSS of a process and all its descendants every 200 ms, keeping the peak. */
    static final class RssSampler {

        volatile long peakKb;
        private volatile boolean stopped;
        private Thread thread;

        void watch(Process process) {
            thread = new Thread(() -> {
                while (!stopped && process.isAlive()) {
                    long sum = rssKb(process.pid())
                            + process.descendants().mapToLong(h -> rssKb(h.pid())).sum();
                    peakKb = Math.max(peakKb, sum);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            stopped = true;
            if (thread != null) {
                thread.join();
            }
        }

        /** VmRSS from /proc, 0 for a process that is gone (or a system without /proc). */
        static long rssKb(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | UncheckedIOException | NumberFormatException e) {
                // ended between listing and reading
            }
            return 0;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Part 5: stability of every verdict beside a CPU hog

    /** Where stability keeps the reports of every run that came out otherwise than expected.csv says. */
    static final Path FLIPS = Path.of(System.getProperty("bench.root", "."), "bench", "target", "flips");

    static List<Table> stability(Options o) throws Exception {
        int rounds = o.rounds;
        Map<String, Expected> expected = o.kit ? Expected.readKit() : Expected.read();
        List<String> chosen = o.only != null ? o.only : new ArrayList<>(expected.keySet());
        Path corpus = copyCorpus(chosen);
        // the kit's submissions are graded by a course of the kit's assignments, each judged on its own task
        List<String> more = o.kit ? List.of("--course", kitCourse(expected).toString()) : List.of();
        int hogs = o.load != null ? o.load : cores();
        Table each = new Table("Stability: " + chosen.size() + (o.kit ? " course-kit" : "") + " submissions x " + rounds + " rounds, --jobs "
                + o.jobs + ", beside " + hogs + " busy-loop processes", "round", "seed", "wall s", "score differs",
                "status differs", "lost checks differ");
        Map<String, Integer> flaky = new TreeMap<>();
        Map<String, Set<String>> flakySeeds = new HashMap<>();
        int scoreRuns = 0;
        int statusRuns = 0;
        int lostRuns = 0;
        List<Process> load = startLoad(hogs);
        try {
            for (int r = 1; r <= rounds; r++) {
                // a fresh seed each round, printed so that any flip can be replayed with ./grade --seed
                long seed = new SecureRandom().nextLong() & 0xFFFF_FFFFL;
                Path out = Cleanup.temp().resolve("stability-" + r);
                BatchRun b = batch(corpus, out, o.jobs, seed, more);
                int score = 0;
                int status = 0;
                int lost = 0;
                for (Verdict v : Verdict.compare(out, expected, chosen)) {
                    if (!v.asExpected()) {
                        // keep the flipped submission's reports: its feedback says which evidence decided
                        Path kept = FLIPS.resolve("round-" + r + "-seed-" + seed).resolve(v.name);
                        copyTree(out.resolve(v.name), kept);
                        System.err.println("bench: round " + r + ": " + v.name + " differs: " + v.checkFlips
                                + " (reports kept in " + kept + ")");
                    }
                    score += v.scoreDiffers ? 1 : 0;
                    status += v.statusDiffers ? 1 : 0;
                    lost += v.checkFlips.isEmpty() ? 0 : 1;
                    for (String flip : v.checkFlips) {
                        String key = flip + "  [" + v.name + "]";
                        flaky.merge(key, 1, Integer::sum);
                        flakySeeds.computeIfAbsent(key, k -> new TreeSet<>()).add(String.valueOf(seed));
                    }
                }
                scoreRuns += score;
                statusRuns += status;
                lostRuns += lost;
                each.row(r, seed, sec(b.run.wallMs), score, status, lost);
                System.err.printf("bench: stability round %d/%d, seed %d: %.0f s, %d score(s) differ%n", r, rounds,
                        seed, b.run.wallMs / 1000.0, score);
                deleteTree(out);
            }
        } finally {
            stopLoad(load);
        }
        int runs = rounds * chosen.size();
        Table summary = new Table("Stability summary", "figure", "value");
        summary.row("graded runs (submissions x rounds)", runs);
        summary.row("runs whose score differs from expected.csv (must be 0)", scoreRuns);
        summary.row("runs whose status differs", statusRuns);
        summary.row("runs whose lost checks differ", lostRuns);
        Table flakes = new Table("Flaky checks (every check that came out otherwise than expected.csv says)",
                "check  [submission]", "times", "seeds");
        flaky.forEach((k, n) -> flakes.row(k, n + "/" + rounds, String.join(" ", flakySeeds.get(k))));
        if (flaky.isEmpty()) {
            flakes.note("None: every check of every run came out as expected.");
        }
        return List.of(each, summary, flakes);
    }

    /** Busy loops that keep {@code n} cores busy until {@link #stopLoad}, or the shutdown hook, kills them. */
    static List<Process> startLoad(int n) throws IOException {
        List<Process> load = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            load.add(Cleanup.track(new ProcessBuilder("sh", "-c", "while :; do :; done")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start()));
        }
        return load;
    }

    static void stopLoad(List<Process> load) {
        load.forEach(Cleanup::kill);
    }

    /** Copies the named corpus submissions (folders or .zip files) into a fresh folder to grade as a batch. */
    static Path copyCorpus(List<String> names) throws IOException {
        Path dir = Files.createDirectories(Cleanup.temp().resolve("corpus-" + System.nanoTime()));
        for (String name : names) {
            Path folder = CORPUS.resolve(name);
            Path zip = CORPUS.resolve(name + ".zip");
            if (Files.isDirectory(folder)) {
                copyTree(folder, dir.resolve(name));
            } else if (Files.isRegularFile(zip)) {
                Files.copy(zip, dir.resolve(name + ".zip"));
            } else {
                throw new IllegalArgumentException("no submission " + name + " in " + CORPUS);
            }
        }
        return dir;
    }

    /**
     * What one submission must get: gradebook cells by column, its status (null: not compared) and its lost checks;
     * {@code task} limits the compared checks to one task's (null: all).
     */
    record Expected(String name, Map<String, Integer> columns, String status, Set<String> lost, String task) {

        /** submissions/expected.csv: submission,task1,task2,task3,task4,total,lost,status. */
        static Map<String, Expected> read() throws IOException {
            Map<String, Expected> rows = new LinkedHashMap<>();
            List<String> lines = Files.readAllLines(CORPUS.resolve("expected.csv"));
            String[] header = lines.get(0).split(",");
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                Map<String, Integer> columns = new LinkedHashMap<>();
                for (int c = 1; c <= 5; c++) {
                    columns.put(header[c], Integer.parseInt(f[c]));
                }
                Set<String> lost = f[6].isEmpty() ? Set.of() : Set.of(f[6].split(";"));
                rows.put(f[0], new Expected(f[0], columns, f[7], lost, null));
            }
            return rows;
        }

        /**
         * submissions/expected-kit.csv (submission,course,score,max,lost,status): each row judged on its task's
         * column and checks alone, as the other tasks of the kit's course are missing from it; a submission with
         * rows for several tasks (the reference) is judged on all of them.
         */
        static Map<String, Expected> readKit() throws IOException {
            Map<String, Expected> rows = new LinkedHashMap<>();
            List<String> lines = Files.readAllLines(CORPUS.resolve("expected-kit.csv"));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                Set<String> lost = new TreeSet<>(f[4].isEmpty() ? List.of() : List.of(f[4].split(";")));
                Expected row = new Expected(f[0], Map.of("task" + f[1], Integer.parseInt(f[2])), null, lost, f[1]);
                rows.merge(f[0], row, (a, b) -> {
                    Map<String, Integer> columns = new LinkedHashMap<>(a.columns);
                    columns.putAll(b.columns);
                    Set<String> all = new TreeSet<>(a.lost);
                    all.addAll(b.lost);
                    return new Expected(a.name, columns, null, all, null);
                });
            }
            return rows;
        }

        boolean judges(String checkId) {
            return task == null || checkId.startsWith(task + ".");
        }
    }

    /** A course file of every task the kit's expectations name. */
    static Path kitCourse(Map<String, Expected> kit) throws IOException {
        Set<String> tasks = new TreeSet<>();
        kit.values().forEach(e -> e.columns.keySet().forEach(c -> tasks.add(c.substring("task".length()))));
        StringBuilder yaml = new StringBuilder("assignments:\n");
        tasks.forEach(t -> yaml.append("  - task: ").append(t).append('\n'));
        Path file = Cleanup.temp().resolve("kit-course.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    /** How one submission of a batch came out against expected.csv. */
    record Verdict(String name, boolean scoreDiffers, boolean statusDiffers, List<String> checkFlips) {

        boolean asExpected() {
            return !scoreDiffers && !statusDiffers && checkFlips.isEmpty();
        }

        static final ObjectMapper JSON = new ObjectMapper();

        /** The submissions of {@code names} that expected.csv knows, compared with their gradebook rows and results. */
        static List<Verdict> compare(Path out, Map<String, Expected> expected, List<String> names) throws IOException {
            Map<String, String[]> book = new HashMap<>();
            // submission,task<N>...,total,max,status (a column per task of the course)
            List<String> lines = Files.readAllLines(out.resolve("gradebook.csv"));
            List<String> header = List.of(lines.get(0).split(","));
            for (String line : lines.stream().skip(1).toList()) {
                String[] f = line.split(",", -1);
                book.put(f[0], f);
            }
            List<Verdict> verdicts = new ArrayList<>();
            for (String name : names) {
                Expected e = expected.get(name);
                if (e == null) {
                    continue;
                }
                String[] row = book.get(name);
                if (row == null) {
                    verdicts.add(new Verdict(name, true, true, List.of("no gradebook row")));
                    continue;
                }
                boolean scoreDiffers = e.columns.entrySet().stream().anyMatch(c -> header.indexOf(c.getKey()) < 0
                        || Double.parseDouble(row[header.indexOf(c.getKey())]) != c.getValue());
                List<String> flips = new ArrayList<>();
                Path results = out.resolve(name).resolve("results.json");
                for (JsonNode test : JSON.readTree(results.toFile()).path("tests")) {
                    String title = test.path("name").asText();
                    String id = title.split(" ", 2)[0];
                    boolean lost = test.path("score").asDouble() < test.path("max_score").asDouble();
                    if (e.judges(id) && lost != e.lost.contains(id)) {
                        flips.add((lost ? "lost " : "kept ") + title);
                    }
                }
                boolean statusDiffers = e.status != null && !row[header.indexOf("status")].equals(e.status);
                verdicts.add(new Verdict(name, scoreDiffers, statusDiffers, flips));
            }
            return verdicts;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Part 6: how grading time grows with the parameters

    static List<Table> scale(Options o, Floor floor) throws Exception {
        long seed = o.seed != null ? o.seed : 1;
        Parameters base = Parameters.fromSeed(seed);
        StudentJvm.Settings settings = StudentJvm.Settings.defaults();
        SandboxChoice choice = SandboxChoice.detect(settings.java(), SandboxChoice.Mode.AUTO);
        Grader grader = new Grader(new StudentJvm(settings.withSandbox(choice.forSlot(0))), 4);
        Table t = new Table("Scale: the reference graded in-process, one parameter varied from seed " + seed,
                "parameter", "value", "span (first attempt)", "span s", "attempts", "floor s", "span - floor s",
                "grading s", "score");
        // each assignment draws its inputs from the seed: a value is varied by grading a seed that draws it
        for (int threads : o.threadsList) {
            Parameters p = seedWhere(seed, q -> CountingPlan.threads(q) == threads);
            Graded g = grade(grader, p);
            long floorMs = 9 * CountingPlan.DELAY.toMillis();
            t.row("countingThreads", threads, "task 2 run", sec(g.first("task 2 run")), g.attempts("task 2 run"),
                    sec(floorMs), sec(g.first("task 2 run") - floorMs), sec(g.wallMs), g.score);
        }
        for (int max : o.maxList) {
            Parameters p = seedWhere(seed, q -> FactorialPlan.randomMax(q) == max);
            Graded g = grade(grader, p);
            // measured after the grading run, never during it
            double f = floor.startAll(max);
            double span = g.first("task 4 compute(random max)");
            t.row("factorialMax", max, "task 4 compute(random max)", sec(span), 1, sec(f), sec(span - f),
                    sec(g.wallMs), g.score);
        }
        Graded g = grade(grader, base);
        for (String call : List.of("ten items", "10,000 items", "empty list")) {
            String name = "task 3 " + call;
            double f = call.equals("empty list") ? 0 : AsyncPlan.DELAY.toMillis();
            t.row("asyncDelay ms", AsyncPlan.DELAY.toMillis(), name, sec(g.first(name)), g.attempts(name), sec(f),
                    sec(g.first(name) - f), call.equals("ten items") ? sec(g.wallMs) : "",
                    call.equals("ten items") ? g.score : "");
        }
        t.note("Each value is graded from the first seed from " + seed + " on that draws it (the plans draw their "
                + "inputs from the seed); task 2's delay (" + CountingPlan.DELAY.toMillis() + " ms) and task 3's ("
                + AsyncPlan.DELAY.toMillis() + " ms) are the plans' constants. Span = the call's first attempt (a "
                + "fresh student JVM: start-up, probe, the call, the grace period). Floors: task 2 = 9 delays; task 4 "
                + "= `max` child JVMs started at once, measured here alone (in grading they compete with the other "
                + "untimed calls); task 3 = one delay (0 for the empty list). Sandbox: "
                + choice.forSlot(0).describe().in(Language.EN) + ".");
        return List.of(t);
    }

    /** The parameters of the first seed from {@code from} on whose draws {@code wanted} accepts. */
    static Parameters seedWhere(long from, Predicate<Parameters> wanted) {
        for (long seed = from; ; seed++) {
            Parameters p = Parameters.fromSeed(seed);
            if (wanted.test(p)) {
                return p;
            }
        }
    }

    static String describe(Parameters p) {
        return "seed " + p.seed() + ": threads " + CountingPlan.threads(p) + ", max " + FactorialPlan.randomMax(p);
    }

    record Graded(List<Span> spans, double wallMs, String score) {

        double first(String call) {
            return spans.stream().filter(s -> s.name.equals(call + " attempt 1") || s.name.equals(call))
                    .mapToDouble(Span::millis).min().orElse(Double.NaN);
        }

        long attempts(String call) {
            return spans.stream().filter(s -> s.name.startsWith(call + " attempt ")).count();
        }
    }

    static Graded grade(Grader grader, Parameters p) throws Exception {
        Path scratch = Files.createTempDirectory(Cleanup.temp(), "scale-");
        try {
            PhaseTimes times = new PhaseTimes();
            long t0 = System.nanoTime();
            GradeReport report = grader.grade(REFERENCE, p, scratch, times);
            double ms = (System.nanoTime() - t0) / 1e6;
            report.tasks().stream().flatMap(t -> t.checks().stream()).filter(c -> !c.passed()).forEach(c ->
                    System.out.println("  (" + describe(p) + ": lost " + c.id() + ": "
                            + c.feedback().in(Language.EN).lines().findFirst().orElse("") + ")"));
            return new Graded(Span.of(times), ms, report.score() + "/" + report.maxScore());
        } finally {
            deleteTree(scratch);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Processes, clean-up, tables, options

    /** A finished process: exit status, wall time, when its first stdout line came, its stdout. */
    record Run(int exit, double wallMs, double firstLineMs, List<String> out, Path stderr) {

        interface Watcher {
            void started(Process p);
        }

        static Run of(List<String> command, Path dir, Map<String, String> env) throws Exception {
            return of(command, dir, env, p -> { });
        }

        static Run of(List<String> command, Path dir, Map<String, String> env, Watcher watcher) throws Exception {
            Path err = Files.createTempFile(Cleanup.temp(), "stderr-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.to(err.toFile()));
            builder.environment().putAll(env);
            long t0 = System.nanoTime();
            Process p = Cleanup.track(builder.start());
            try {
                watcher.started(p);
                List<String> out = new ArrayList<>();
                double first = -1;
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (first < 0) {
                            first = (System.nanoTime() - t0) / 1e6;
                        }
                        out.add(line);
                    }
                }
                int exit = p.waitFor();
                return new Run(exit, (System.nanoTime() - t0) / 1e6, first, out, err);
            } finally {
                Cleanup.untrack(p);
            }
        }

        void check(String what) throws IOException {
            if (exit != 0) {
                List<String> errLines = Files.readAllLines(stderr);
                List<String> tail = Stream.concat(out.stream(), errLines.stream()).toList();
                throw new IllegalStateException(what + " exited with " + exit + ":\n  "
                        + String.join("\n  ", tail.subList(Math.max(0, tail.size() - 30), tail.size())));
            }
        }
    }

    /** The temp folder and the processes of this bench run, removed and killed however the run ends. */
    static final class Cleanup {

        private static Path temp;
        private static final List<Process> LIVE = new CopyOnWriteArrayList<>();

        static synchronized Path temp() throws IOException {
            if (temp == null) {
                // passable (not listable) by others: the sandbox's own user ids must reach the scratch folders
                // of in-process grading inside it
                temp = Files.createTempDirectory("bench-", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx--x--x")));
            }
            return temp;
        }

        static Process track(Process p) {
            LIVE.add(p);
            return p;
        }

        static void untrack(Process p) {
            LIVE.remove(p);
        }

        /** Kills a process we started, and what it started (student JVMs of a grader we launched). */
        static void kill(Process p) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LIVE.remove(p);
        }

        static synchronized void run() {
            LIVE.forEach(Cleanup::kill);
            if (temp != null) {
                deleteTree(temp);
                temp = null;
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover in the temp folder is harmless
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** A titled table printed as aligned text or as Markdown, with notes under it. */
    static final class Table {

        final String title;
        final List<String> headers;
        final List<List<String>> rows = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Table(String title, String... headers) {
            this.title = title;
            this.headers = new ArrayList<>(List.of(headers));
        }

        void row(Object... cells) {
            rows.add(Arrays.stream(cells).map(String::valueOf).collect(Collectors.toCollection(ArrayList::new)));
        }

        void note(String text) {
            notes.add(text);
        }

        void print(PrintStream out) {
            int[] width = new int[headers.size()];
            for (List<String> r : Stream.concat(Stream.of(headers), rows.stream()).toList()) {
                for (int i = 0; i < r.size(); i++) {
                    width[i] = Math.max(width[i], r.get(i).length());
                }
            }
            out.println();
            out.println(title);
            for (List<String> r : Stream.concat(Stream.of(headers), rows.stream()).toList()) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < r.size(); i++) {
                    String cell = r.get(i);
                    String pad = " ".repeat(width[i] - cell.length());
                    // first column left-aligned (names), the others right-aligned (figures)
                    line.append(i == 0 ? cell + pad : pad + cell).append(i < r.size() - 1 ? "  " : "");
                }
                out.println("  " + line.toString().stripTrailing());
            }
            notes.forEach(n -> out.println(wrap(n, 110, "  ")));
        }

        /** A long note as lines of at most {@code width} characters, each indented. */
        static String wrap(String text, int width, String indent) {
            StringBuilder all = new StringBuilder();
            StringBuilder line = new StringBuilder(indent);
            for (String word : text.split(" ")) {
                if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                    all.append(line).append('\n');
                    line = new StringBuilder(indent);
                }
                line.append(line.length() > indent.length() ? " " : "").append(word);
            }
            return all.append(line).toString();
        }

        String markdown() {
            StringBuilder md = new StringBuilder("### ").append(title).append("\n\n");
            md.append("| ").append(String.join(" | ", headers)).append(" |\n|");
            for (int i = 0; i < headers.size(); i++) {
                md.append(i == 0 ? "---|" : "---:|");
            }
            md.append('\n');
            rows.forEach(r -> md.append("| ").append(r.stream().map(c -> c.replace("|", "\\|"))
                    .collect(Collectors.joining(" | "))).append(" |\n"));
            notes.forEach(n -> md.append('\n').append(n).append('\n'));
            return md.append('\n').toString();
        }
    }

    static String markdown(List<Table> tables) {
        StringBuilder md = new StringBuilder("## Benchmark of the grader, ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append("\n\n")
                .append(cores()).append(" cores, Java ").append(System.getProperty("java.version")).append(", ")
                .append(System.getProperty("os.name")).append(". Made by `bench/run`.\n\n");
        tables.forEach(t -> md.append(t.markdown()));
        return md.toString();
    }

    static final class Options {

        static final String USAGE = """
                Usage: bench/run [latency|maven|throughput|stability|scale|all] [options] [--markdown FILE]
                  latency      ./grade on one submission, R times: wall time and its phases   (--runs, default 10)
                  maven        ./grade against mvn test in a generated Maven project        (--runs, default 5)
                  scale        in-process grading time as the parameters grow
                  throughput   the corpus as one batch at each --jobs-list value (default 1,2,3,4)
                  stability    --rounds batches of the corpus beside a CPU hog vs expected.csv (default 20)
                  all          every part above, in that order (default part: latency)
                Options:
                  --runs R             grading runs (latency, maven)
                  --seed N             one seed for every run (default: run i uses seed i; stability: fresh)
                  --submission PATH    what latency and maven grade (default submissions/reference)
                  --no-warmup          skip the uncounted first run of latency and maven
                  --jobs-list 1,2,3,4  throughput's --jobs values
                  --rounds N           stability's batches
                  --jobs J             stability's --jobs (default 2, the grader's default)
                  --load N             stability's busy-loop processes (default: one per core)
                  --only a,b,c         throughput and stability grade only these corpus submissions
                  --kit                stability grades the course kit's corpus (expected-kit.csv) instead
                  --threads-list, --max-list   scale's values (default 3,4,5,6 / 2,5,10,15,20)
                  --markdown FILE      also write every table as Markdown
                """;

        List<String> parts = List.of("latency");
        Integer runs;
        Long seed;
        Path submission = REFERENCE;
        boolean warmup = true;
        List<Integer> jobsList = List.of(1, 2, 3, 4);
        int rounds = 20;
        int jobs = 2;
        Integer load;
        List<String> only;
        boolean kit;
        List<Integer> threadsList = List.of(3, 4, 5, 6);
        List<Integer> maxList = List.of(2, 5, 10, 15, 20);
        Path markdown;
        boolean help;

        static Options parse(String... args) {
            Options o = new Options();
            Deque<String> words = new ArrayDeque<>(List.of(args));
            boolean partGiven = false;
            while (!words.isEmpty()) {
                String w = words.pop();
                switch (w) {
                    case "-h", "--help" -> o.help = true;
                    case "--runs" -> o.runs = positive(w, value(words, w));
                    case "--seed" -> o.seed = Long.parseLong(value(words, w));
                    case "--submission" -> o.submission = Path.of(value(words, w)).toAbsolutePath().normalize();
                    case "--no-warmup" -> o.warmup = false;
                    case "--jobs-list" -> o.jobsList = ints(w, value(words, w));
                    case "--rounds" -> o.rounds = positive(w, value(words, w));
                    case "--jobs" -> o.jobs = positive(w, value(words, w));
                    case "--load" -> o.load = Integer.parseInt(value(words, w));
                    case "--only" -> o.only = List.of(value(words, w).split(","));
                    case "--kit" -> o.kit = true;
                    case "--threads-list" -> o.threadsList = ints(w, value(words, w));
                    case "--max-list" -> o.maxList = ints(w, value(words, w));
                    case "--markdown" -> o.markdown = Path.of(value(words, w)).toAbsolutePath();
                    default -> {
                        if (partGiven || w.startsWith("-")) {
                            throw new IllegalArgumentException("unexpected argument: " + w);
                        }
                        if (!w.equals("all") && !PARTS.contains(w)) {
                            throw new IllegalArgumentException("no part named " + w);
                        }
                        o.parts = w.equals("all") ? PARTS : List.of(w);
                        partGiven = true;
                    }
                }
            }
            if (!Files.exists(o.submission)) {
                throw new IllegalArgumentException("no submission " + o.submission);
            }
            return o;
        }

        private static String value(Deque<String> words, String option) {
            if (words.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return words.pop();
        }

        private static int positive(String option, String text) {
            int n = Integer.parseInt(text);
            if (n < 1) {
                throw new IllegalArgumentException(option + " must be at least 1");
            }
            return n;
        }

        private static List<Integer> ints(String option, String text) {
            return Arrays.stream(text.split(",")).map(s -> positive(option, s.trim())).toList();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Small helpers

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String sec(double ms) {
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.2f", ms / 1000);
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.2f", r);
    }

    static String relative(Path p) {
        return p.startsWith(ROOT) ? ROOT.relativize(p).toString() : p.toString();
    }

    static <T> List<Double> map(List<T> items, java.util.function.ToDoubleFunction<T> f) {
        return items.stream().mapToDouble(f).boxed().toList();
    }

    static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (a.length == 0) {
            return Double.NaN;
        }
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
