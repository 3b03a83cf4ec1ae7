package grader.rubric.bank;

import grader.engine.Grader;
import grader.engine.PhaseGate;
import grader.engine.run.SandboxChoice;
import grader.engine.run.StudentJvm;
import grader.report.GradeReport;
import grader.rubric.Parameters;
import grader.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Grades one submission on task 6 alone, as {@code ./grade} would once a course picks task 6, with the machine's
 * strongest sandbox. Also a command for measuring by hand: {@code BankGrading PATH [RUNS]} prints one line per run.
 */
final class BankGrading {

    private BankGrading() {}

    static GradeReport grade(Path submission, long seed) throws Exception {
        var settings = StudentJvm.Settings.defaults();
        var sandbox = SandboxChoice.detect(settings.java(),
                SandboxChoice.Mode.valueOf(System.getProperty("bank.sandbox", "AUTO")));
        Path scratch = Files.createTempDirectory("bank-");
        try {
            return new Grader(new StudentJvm(settings.withSandbox(sandbox.forSlot(0))), 1, new PhaseGate(),
                    List.of(new BankAssignment())).grade(submission, Parameters.fromSeed(seed), scratch);
        } finally {
            try (var files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Set<String> lost(GradeReport report) {
        return report.tasks().stream().flatMap(t -> t.checks().stream()).filter(c -> !c.passed())
                .map(c -> c.id()).collect(Collectors.toCollection(TreeSet::new));
    }

    static String feedback(GradeReport report, Language language) {
        StringBuilder text = new StringBuilder();
        report.tasks().forEach(t -> {
            t.checks().stream().filter(c -> !c.passed()).forEach(c -> text.append(c.id()).append(": ")
                    .append(c.feedback().in(language)).append('\n'));
            t.messages().forEach(m -> text.append(m.in(language)).append('\n'));
        });
        return text.toString();
    }

    public static void main(String[] args) throws Exception {
        Path submission = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Language language = args.length > 2 ? Language.valueOf(args[2]) : null;
        for (int i = 0; i < runs; i++) {
            long seed = Parameters.newSeed();
            long start = System.nanoTime();
            GradeReport report = grade(submission, seed);
            System.out.printf("%s seed=%d score=%d/%d lost=%s status=%s %.1fs java=%s sandbox=%s%n",
                    submission.getFileName(), seed, report.score(), report.maxScore(), String.join(";", lost(report)),
                    report.status(), (System.nanoTime() - start) / 1e9, Runtime.version().feature(),
                    report.sandbox().in(Language.EN));
            if (language != null) {
                System.out.print(feedback(report, language));
            }
        }
        System.exit(0);
    }
}
