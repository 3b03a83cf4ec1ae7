package grader.corpus;

import grader.course.Course;
import grader.course.GraderOffer;
import grader.engine.Grader;
import grader.engine.PhaseGate;
import grader.rubric.Assignments;
import grader.engine.run.SandboxChoice;
import grader.engine.run.StudentJvm;
import grader.report.CheckResult;
import grader.report.GradeReport;
import grader.report.TaskResult;
import grader.rubric.Parameters;
import grader.testsupport.RepoFiles;
import grader.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The repository's corpus of submissions and the scores each must get (submissions/expected.csv). */
final class Corpus {

    /**
     * One row of expected.csv.
     *
     * @param lost the checks the submission must lose, e.g. {@code [1.3, 1.4]}
     */
    record Expected(String submission, int[] tasks, int total, Set<String> lost, String status) {

        /** A submission that attacks the grader: graded only inside a sandbox. */
        boolean hostile() {
            return submission.startsWith("hostile-");
        }

        @Override
        public String toString() {
            return submission;
        }
    }

    private Corpus() {}

    static List<Expected> expected() throws IOException {
        return Files.readAllLines(RepoFiles.repo().resolve("submissions/expected.csv")).stream().skip(1)
                .filter(line -> !line.isBlank())
                .map(Corpus::parse).toList();
    }

    private static Expected parse(String line) {
        String[] f = line.split(",", -1);
        int[] tasks = {Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])};
        Set<String> lost = new TreeSet<>(f[6].isBlank() ? List.of() : Arrays.asList(f[6].split(";")));
        return new Expected(f[0], tasks, Integer.parseInt(f[5]), lost, f[7]);
    }

    /** The seed of this test run: {@code -Dgrader.seed=N} replays one. */
    static long seed() {
        String configured = System.getProperty("grader.seed");
        return configured != null ? Long.parseLong(configured) : Parameters.newSeed();
    }

    static GradeReport grade(Path submission, long seed) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("corpus-");
        try {
            return grade(submission, seed, scratch);
        } finally {
            try (var files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Grades in {@code scratch} and leaves it there, as {@code ./grade --keep} does. */
    static GradeReport grade(Path submission, long seed, Path scratch) throws IOException, InterruptedException {
        return grade(submission, seed, scratch, Course.byDefault(GraderOffer.ofThisGrader()));
    }

    /** Grades the assignments of {@code course}. */
    static GradeReport grade(Path submission, long seed, Course course) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("corpus-");
        try {
            return grade(submission, seed, scratch, course);
        } finally {
            try (var files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static GradeReport grade(Path submission, long seed, Path scratch, Course course)
            throws IOException, InterruptedException {
        var settings = StudentJvm.Settings.defaults();
        var sandbox = SandboxChoice.detect(settings.java(), SandboxChoice.Mode.AUTO);
        return new Grader(new StudentJvm(settings.withSandbox(sandbox.forSlot(0))), 4, PhaseGate.ofThisMachine(),
                course).grade(submission, Parameters.fromSeed(seed), scratch);
    }

    /** The checks a report lost points on. */
    static Set<String> lost(GradeReport report) {
        Set<String> lost = new TreeSet<>();
        report.tasks().forEach(t -> t.checks().stream().filter(c -> !c.passed()).forEach(c -> lost.add(c.id())));
        return lost;
    }

    /** Every lost check's feedback and every task message: what a failing assertion should show. */
    static String feedback(GradeReport report) {
        StringBuilder text = new StringBuilder();
        for (TaskResult task : report.tasks()) {
            for (CheckResult check : task.checks()) {
                if (!check.passed()) {
                    text.append(check.id()).append(": ").append(check.feedback().in(Language.EN)).append('\n');
                }
            }
            task.messages().forEach(m -> text.append("task ").append(task.number()).append(": ").append(m.in(Language.EN))
                    .append('\n'));
        }
        return text.toString();
    }
}
