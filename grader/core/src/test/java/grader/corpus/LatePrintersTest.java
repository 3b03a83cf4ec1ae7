package grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import grader.testsupport.RepoFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.assertj.core.api.AbstractCollectionAssert;
import org.assertj.core.api.ObjectAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threads still counting after {@code run} returned (t2-no-join does not join them) are recorded until they end:
 * on a loaded machine they may need long, and a count cut off would cost the "1 to 10" and "number of threads"
 * checks that the solution in fact meets. Each test slows t2-no-join's counters down past what the probe used to
 * record after the return; the solution must still lose only what t2-no-join loses for real (2.5), and the run's
 * length (2.4) where its counting itself took too long.
 */
class LatePrintersTest {

    private static final String LOOP = "                if (i > 1) {\n";

    @TempDir
    Path copy;

    @Test
    void countersThatPauseLongAfterTheirFirstNumberAreRecordedToTheEnd() throws Exception {
        lostWith(LOOP, "                if (i == 2) {\n                    Thread.sleep(3500);\n"
                + "                }\n" + LOOP).containsExactlyInAnyOrder("2.4", "2.5");
    }

    /** Once they start, they count together: 2.4 counts from the first number, so only 2.5 is lost. */
    @Test
    void countersThatStartPrintingOnlyAfterRunReturnedAreWaitedFor() throws Exception {
        String body = "        try {\n";
        lostWith(body, body + "            Thread.sleep(1000);\n").containsExactly("2.5");
    }

    /** Grades t2-no-join with one piece of its counting loop replaced; the checks it lost, with the feedback. */
    private AbstractCollectionAssert<?, Collection<? extends String>, String, ObjectAssert<String>> lostWith(
            String piece, String replacement) throws Exception {
        RepoFiles.copyTree(RepoFiles.repo().resolve("submissions/t2-no-join"), copy);
        Path source = copy.resolve("src/main/java/homework/counting/DelayedCounting.java");
        String counting = Files.readString(source);
        assertThat(counting).contains(piece);
        Files.writeString(source, counting.replace(piece, replacement));
        long seed = Corpus.seed();
        var report = Corpus.grade(copy, seed);
        return assertThat(Corpus.lost(report)).as("seed " + seed + "\n" + Corpus.feedback(report));
    }
}
