package grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import grader.score.Points;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Outcome;
import grader.report.CheckResult;
import grader.report.GradeReport;
import grader.report.TaskResult;
import grader.rubric.EvidenceStore;
import grader.testsupport.RepoFiles;
import grader.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call that runs out of time says where its threads were: the corpus's deadlock names its cycle and lines, its
 * endless loop the line it spins at, and a latch that never opens where the caller waits. Each test grades one
 * task of the submission alone (the others are missing), so only that task's calls run.
 */
class TimedOutFeedbackTest {

    private static final String SQUARES = "src/main/java/homework/squares/SquaresAndCubes.java";
    private static final String ASYNC = "src/main/java/homework/async/AsyncSquares.java";

    @TempDir
    Path temp;

    /** Where the grading is kept: in /tmp itself, as sandboxed user ids cannot enter a @TempDir (mode 700). */
    private Path scratch;

    @AfterEach
    void deleteTheScratchFolder() throws IOException {
        if (scratch != null) {
            try (var files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theDeadlockNamesBothThreadsWhereEachWaitsAndTheCallerJoiningThem() throws Exception {
        Path source = corpusFile("hostile-deadlock", SQUARES);
        GradeReport report = gradeAlone(source, SQUARES);

        String feedback = feedbackOf(report, 1, "1.1");
        assertThat(feedback).startsWith("SquaresAndCubes.compute(10) did not return within its time limit: "
                + "threads `squares` and `cubes` deadlocked")
                .contains("thread `squares` was blocked at SquaresAndCubes.java:"
                        + lineOf(source, "synchronized (second) {   //") + ", waiting for a lock that thread `cubes` holds")
                .contains("thread `cubes` was blocked at SquaresAndCubes.java:"
                        + lineOf(source, "synchronized (first) {    //") + ", waiting for a lock that thread `squares` "
                        + "holds")
                .contains("thread `main` was waiting at SquaresAndCubes.java:"
                        + lineOf(source, "squareThread.join();") + " in `Thread.join` for thread `squares` to end")
                .contains("Hint: take the locks in the same order");

        // --keep leaves the same evidence behind, for an instructor to look at
        CallEvidence kept = EvidenceStore.read(EvidenceStore.fileOf(scratch.resolve("evidence"), 1)).calls().values()
                .iterator().next();
        assertThat(kept.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(kept.stall().deadlock()).isTrue();
        assertThat(kept.stall().threads()).extracting(t -> t.thread().name()).contains("squares", "cubes", "main");
    }

    @Test
    void theEndlessLoopIsShownAtTheLineItSpinsAt() throws Exception {
        Path source = corpusFile("hostile-infinite-loop", ASYNC);
        GradeReport report = gradeAlone(source, ASYNC);

        int loop = lineOf(source, "while (SPINNING) {");
        for (String row : List.of("3.1", "3.4", "3.5")) {
            assertThat(feedbackOf(report, 3, row)).as(row)
                    .contains("did not return within its time limit: a thread was still running your code")
                    .containsPattern("thread `main` was still running AsyncSquares\\.java:(" + loop + "|" + (loop + 1)
                            + ")(, " + (loop + 1) + ")? when the time ran out")
                    .contains("Hint: a loop that never ends?");
        }
    }

    @Test
    void aLatchThatNeverOpensIsNoDeadlockButShowsWhereTheCallerWaits() throws Exception {
        Path source = corpusFile("t1-latch-never-opens", SQUARES);
        GradeReport report = gradeAlone(source, SQUARES);

        assertThat(feedbackOf(report, 1, "1.1"))
                .contains("did not return within its time limit: its threads were waiting for something that never "
                        + "happened")
                .contains("thread `main` was waiting at SquaresAndCubes.java:" + lineOf(source, "done.await();")
                        + " in `CountDownLatch.await`")
                .doesNotContain("deadlock")
                .contains("Hint: every latch must be counted down to zero");
    }

    private static Path corpusFile(String submission, String file) {
        return RepoFiles.repo().resolve("submissions").resolve(submission).resolve(file);
    }

    /** Grades a submission of this one file, keeping the scratch folder. */
    private GradeReport gradeAlone(Path source, String file) throws IOException, InterruptedException {
        Path submission = temp.resolve("submission");
        Files.createDirectories(submission.resolve(file).getParent());
        Files.copy(source, submission.resolve(file));
        scratch = Files.createTempDirectory("corpus-");
        return Corpus.grade(submission, Corpus.seed(), scratch);
    }

    private static String feedbackOf(GradeReport report, int task, String row) {
        TaskResult result = report.tasks().stream().filter(t -> t.number() == task).findFirst().orElseThrow();
        assertThat(result.score()).as(Corpus.feedback(report)).isEqualTo(Points.ZERO);
        return result.checks().stream().filter(c -> c.id().equals(row)).map(c -> c.feedback().in(Language.EN)).findFirst()
                .orElseThrow();
    }

    /** The number of the one line of {@code source} that contains {@code text}. */
    private static int lineOf(Path source, String text) throws IOException {
        List<String> lines = Files.readAllLines(source);
        List<Integer> found = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                found.add(i + 1);
            }
        }
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }
}
