package grader.probe.calls.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Task 6's checks on the corpus's own submissions, each in a JVM of its own started as the grader starts a
 * student's (4 reported processors, serial GC, C1 only, 256 MiB): the reference passes every row, and each one-flaw
 * submission loses exactly its row, with an interleaving that shows the flaw.
 */
class BankChecksTest {

    private static final Path CORPUS = Path.of("../../submissions");

    @TempDir
    Path scratch;

    @Test
    void theReferencePassesEveryRowAndEveryOneThreadCall() throws Exception {
        BankEvidence evidence = check(CORPUS.resolve("reference/homework/bank"));

        assertThat(evidence.rows()).allSatisfy(row -> assertThat(row.passed()).as(row.toString()).isTrue());
        assertThat(evidence.sequential().steps()).hasSize(11).allSatisfy(step -> assertThat(step.matches()).isTrue());
    }

    @Test
    void anUnguardedIncrementLosesOnlyTheCounterRowWithTheLostUpdateShown() throws Exception {
        BankEvidence evidence = check(CORPUS.resolve("t6-counter-unguarded/homework/bank"));

        assertOnlyFails(evidence, ModelCheck.COUNTER);
        ScenarioFailure failure = evidence.row(ModelCheck.COUNTER).failure();
        assertThat(failure.kind()).isEqualTo(FailureKind.WRONG_RESULTS);
        assertThat(Long.parseLong(failure.postResults().get(0).value())).isLessThan(3);
        // the lost update: two threads read the same value of the count
        List<InterleavingEvent> reads = failure.interleaving().stream()
                .filter(e -> e.kind() == EventKind.READS && e.subject().equals("Counter.count")).toList();
        assertThat(reads).anySatisfy(a -> assertThat(reads)
                .anyMatch(b -> b.thread() != a.thread() && b.value().equals(a.value())));
        assertThat(failure.interleaving()).anyMatch(e -> e.kind() == EventKind.WRITES && e.line().startsWith("Counter.java:"));
    }

    @Test
    void anUnguardedDepositLosesOnlyTheMoneyRow() throws Exception {
        BankEvidence evidence = check(CORPUS.resolve("t6-deposit-unguarded/homework/bank"));

        assertOnlyFails(evidence, ModelCheck.MONEY);
        assertThat(evidence.row(ModelCheck.MONEY).failure().kind()).isEqualTo(FailureKind.WRONG_RESULTS);
        assertThat(evidence.sequential().steps()).allSatisfy(step -> assertThat(step.matches()).isTrue());
    }

    @Test
    void locksTakenFromThenToDeadlockAndLoseOnlyTheDeadlockRow() throws Exception {
        BankEvidence evidence = check(CORPUS.resolve("t6-deadlock-lock-order/homework/bank"));

        assertOnlyFails(evidence, ModelCheck.DEADLOCK);
        ScenarioFailure failure = evidence.row(ModelCheck.DEADLOCK).failure();
        assertThat(failure.kind()).isEqualTo(FailureKind.DEADLOCK);
        assertThat(failure.threadResults()).allSatisfy(t -> assertThat(t).containsOnly(OpResult.hung()));
        assertThat(failure.interleaving()).anyMatch(e -> e.kind() == EventKind.WAITS_FOR_LOCK);
        assertThat(failure.interleaving()).filteredOn(e -> e.kind() == EventKind.LOCKS)
                .extracting(InterleavingEvent::thread).contains(1, 2);
    }

    @Test
    void aTotalWithoutTheLockLosesOnlyTheSnapshotRow() throws Exception {
        BankEvidence evidence = check(CORPUS.resolve("t6-total-unlocked/homework/bank"));

        assertOnlyFails(evidence, ModelCheck.SNAPSHOT);
        ScenarioFailure failure = evidence.row(ModelCheck.SNAPSHOT).failure();
        assertThat(failure.threadResults().get(1)).anySatisfy(r -> assertThat(r.value()).isNotEqualTo("3000")
                .isNotEqualTo("3005"));
        assertThat(failure.interleaving()).anyMatch(e -> e.kind() == EventKind.READS && e.subject().startsWith("long[]["));
    }

    @Test
    void theWrongExceptionPassesTheModelCheckedRowsAndShowsTheStepThatDiffers() throws Exception {
        BankEvidence evidence = check(CORPUS.resolve("t6-wrong-exception/homework/bank"));

        assertThat(evidence.rows()).allSatisfy(row -> assertThat(row.passed()).as(row.toString()).isTrue());
        assertThat(evidence.sequential().steps()).filteredOn(step -> !step.matches()).singleElement()
                .satisfies(step -> {
                    assertThat(step.op()).isEqualTo(BankOp.of("transfer", 1, 0, 1000));
                    assertThat(step.expected()).isEqualTo(new OpResult(OpResult.Kind.THREW, "IllegalStateException"));
                    assertThat(step.actual()).isEqualTo(new OpResult(OpResult.Kind.THREW, "IllegalArgumentException"));
                });
    }

    @Test
    void theSkeletonLosesEveryRowWithTheReasonNamed() throws Exception {
        BankEvidence evidence = check(Path.of("../../assignments/src/main/java/homework/bank"));

        assertThat(evidence.row(ModelCheck.COUNTER).failure().threadResults().get(0))
                .contains(new OpResult(OpResult.Kind.THREW, "UnsupportedOperationException"));
        for (ModelCheck bank : List.of(ModelCheck.MONEY, ModelCheck.DEADLOCK, ModelCheck.SNAPSHOT)) {
            assertThat(evidence.row(bank).broken()).contains("UnsupportedOperationException");
        }
        assertThat(evidence.sequential().constructorThrew())
                .isEqualTo(new OpResult(OpResult.Kind.THREW, "UnsupportedOperationException"));
    }

    private static void assertOnlyFails(BankEvidence evidence, ModelCheck failing) {
        for (RowVerdict row : evidence.rows()) {
            assertThat(row.passed()).as(row.check() + ": " + row).isEqualTo(row.check() != failing);
        }
    }

    /** Compiles one submission's two classes and runs {@link BankCheckMain} on them in a fresh JVM. */
    private BankEvidence check(Path sources) throws Exception {
        Path classes = Files.createDirectories(scratch.resolve("classes"));
        List<String> javac = new ArrayList<>(List.of("-d", classes.toString()));
        try (Stream<Path> files = Files.list(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> javac.add(f.toString()));
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new))).isZero();
        Path out = scratch.resolve("evidence.bin");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=4", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m", "-Xss1m",
                "-Djdk.attach.allowAttachSelf=true", "-XX:+IgnoreUnrecognizedVMOptions",
                "-XX:+EnableDynamicAgentLoading",
                "-cp", System.getProperty("java.class.path") + File.pathSeparator + classes,
                BankCheckMain.class.getName(), out.toString())
                .redirectErrorStream(true).redirectOutput(scratch.resolve("jvm.log").toFile()).start();
        assertThat(jvm.waitFor(120, TimeUnit.SECONDS)).as("the checks finished").isTrue();
        assertThat(jvm.exitValue()).as(Files.readString(scratch.resolve("jvm.log"))).isZero();
        try (var in = new ObjectInputStream(Files.newInputStream(out))) {
            return (BankEvidence) in.readObject();
        }
    }
}
