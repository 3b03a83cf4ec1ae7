package grader.probe.evidence;

import grader.probe.calls.async.ReturnedFuture;
import grader.probe.calls.factorial.ReturnedFactorials;
import grader.probe.calls.squares.ReturnedSquares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceCodecTest {

    static CallEvidence sample() {
        return new CallEvidence("SquaresAndCubes.compute(10)", Outcome.THREW, 1234, new Thrown(
                List.of("java.lang.IllegalStateException: boom"), "homework.X.y(X.java:3)"), 7,
                List.of(new PrintedLine(0, 8, "Thread-0", 55, "1^2 = 1", true)),
                List.of(new ThreadFact(8, "Thread-0", false, false)),
                List.of(new Witness(8, List.of(9L, 7L), false)),
                new ReturnedFactorials(Map.of(3, BigInteger.valueOf(6)), 0),
                new ProcessObservation(List.of(new ChildProcess(42, List.of("-cp", "x", "Main", "3"), 1, 2, false)),
                        List.of(42L), 10),
                "err", "", 12);
    }

    @Test
    void evidenceSurvivesTheTrip() throws IOException {
        CallEvidence evidence = sample();
        assertThat(EvidenceCodec.decode(EvidenceCodec.encode(evidence))).isEqualTo(evidence);
    }

    @Test
    void everyKindOfReturnedValueSurvives() throws IOException {
        for (ReturnedValue value : List.of(new ReturnedSquares(List.of(1L, 4L), null),
                new ReturnedFuture(false, 5, ReturnedFuture.Completion.COMPLETED, List.of(9L), 300, 4, null))) {
            CallEvidence evidence = new CallEvidence("c", Outcome.RETURNED, 1, null, 1, List.of(), List.of(),
                    List.of(), value, null, "", "", -1);
            assertThat(EvidenceCodec.decode(EvidenceCodec.encode(evidence))).isEqualTo(evidence);
        }
    }

    @Test
    void whereTheThreadsOfACallThatRanOutOfTimeWereSurvives() throws IOException {
        var a = new StalledThread.ThreadRef(8, "squares");
        var b = new StalledThread.ThreadRef(9, "cubes");
        var stall = new Stall(List.of(
                new StalledThread(a, StalledThread.Activity.BLOCKED, List.of(new StalledThread.CodeLine("S.java", 39)),
                        "", b, null, List.of("Object"), true),
                new StalledThread(new StalledThread.ThreadRef(7, "main"), StalledThread.Activity.WAITING,
                        List.of(new StalledThread.CodeLine("S.java", 63)), "Thread.join", null, a, List.of(), false)),
                0);
        CallEvidence evidence = new CallEvidence("c", Outcome.TIMED_OUT, -1, null, 7, List.of(), List.of(),
                List.of(), null, null, "", "", -1, stall);
        assertThat(EvidenceCodec.decode(EvidenceCodec.encode(evidence))).isEqualTo(evidence);
    }

    @Test
    void objectsOfOtherClassesAreRefused() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.HashSet<>(List.of("not evidence")));
        }
        assertThatThrownBy(() -> EvidenceCodec.decode(Base64.getEncoder().encodeToString(bytes.toByteArray())))
                .isInstanceOf(IOException.class);
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> EvidenceCodec.decode("%%% not base64")).isInstanceOf(IOException.class);
    }
}
