package grader.rubric.squares;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.rubric.Fixtures;
import grader.rubric.Fixtures.Call;
import grader.rubric.Parameters;
import grader.rubric.RubricFailure;
import grader.rubric.TaskEvidence;
import grader.text.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SquaresRubricTest {

    private final SquaresRubric rubric = new SquaresRubric();
    private final Parameters parameters = Parameters.fromSeed(1);

    /** compute(10) with the square thread 2 and the cube thread 3 printing as {@code order} says. */
    private static Call ten(String order) {
        Call call = new Call("SquaresAndCubes.compute(10)", 100);
        int square = 1;
        int cube = 1;
        for (char c : order.toCharArray()) {
            if (c == 's') {
                call.line(2, square + cube, square + "^2 = " + square * square++);
            } else {
                call.line(3, square + cube, cube + "^3 = " + cube * cube * cube++);
            }
        }
        return call;
    }

    private TaskEvidence evidence(Call ten) {
        Call other = new Call("SquaresAndCubes.compute(11)", 10).line(2, 1, "1^2 = 1").line(3, 2, "1^3 = 1");
        return Fixtures.evidence(1, parameters, Map.of(SquaresPlan.TEN, ten.build(),
                SquaresPlan.RANDOM, other.build()));
    }

    @Test
    void interleavedLinesProveOverlap() {
        assertThatCode(() -> rubric.threadsOverlap(evidence(ten("sscssssssssccccccccc")))).doesNotThrowAnyException();
    }

    @Test
    void oneThreadAfterTheOtherIsCaughtWithAStudentMessage() {
        assertThatThrownBy(() -> rubric.threadsOverlap(evidence(ten("sssssssssscccccccccc"))))
                .hasMessageContaining("Your cube thread only started after the square thread had finished")
                .hasMessageContaining("a.start(); b.start();");
    }

    @Test
    void inRussianTheSameVerdictSpeaksRussianWithTheStudentsNamesAndTimesAsTheyAre() {
        assertThatThrownBy(() -> rubric.threadsOverlap(evidence(ten("sssssssssscccccccccc"))))
                .isInstanceOfSatisfying(RubricFailure.class, f -> assertThat(f.feedback().in(Language.RU))
                        .startsWith("Ваш поток кубов запустился только после того, как поток квадратов завершился: "
                                + "они ни разу не работали одновременно.\n    поток квадратов `Thread-2` печатал с ")
                        .contains("\n    Подсказка: запустите оба потока, прежде чем ждать какой-либо из них: "
                                + "a.start(); b.start();")
                        .contains(" мс"));
    }

    @Test
    void aWitnessThatSawTheCubeThreadAliveWhileTheSquareThreadWasHeldProvesOverlap() {
        Call call = ten("sssssssssscccccccccc").witness(2, 3L, Fixtures.CALLER);
        assertThatCode(() -> rubric.threadsOverlap(evidence(call))).doesNotThrowAnyException();
    }

    @Test
    void aSilentThirdThreadAliveAtTheTimeProvesNothing() {
        Call call = ten("sssssssssscccccccccc").witness(2, 9L, Fixtures.CALLER);
        assertThatThrownBy(() -> rubric.threadsOverlap(evidence(call))).hasMessageContaining("only started after");
    }

    @Test
    void linesPrintedByTheCallerPointToRunInsteadOfStart() {
        Call call = new Call("SquaresAndCubes.compute(10)", 100).line(2, 1, "1^2 = 1")
                .line(Fixtures.CALLER, 2, "1^3 = 1");
        assertThatThrownBy(() -> rubric.oneThreadPerKind(evidence(call)))
                .hasMessageContaining("printed by thread `main`").hasMessageContaining("run() instead of start()");
    }

    @Test
    void oneThreadForBothKindsIsCaught() {
        Call call = new Call("SquaresAndCubes.compute(10)", 100).line(2, 1, "1^2 = 1").line(2, 2, "1^3 = 1");
        assertThatThrownBy(() -> rubric.oneThreadPerKind(evidence(call))).hasMessageContaining("all printed by one");
    }

    @Test
    void aLinePrintedAfterReturnLosesTheJoinCheck() {
        Call call = ten("scscscscscscscscscsc").line(2, 500, "11^2 = 121");
        assertThatThrownBy(() -> rubric.finishedBeforeReturn(evidence(call)))
                .hasMessageContaining("printed after SquaresAndCubes.compute(10) had returned");
    }

    @Test
    void formatIsStrictButOnlyAboutFormatAndOrder() {
        assertThatCode(() -> rubric.formatAndOrder(evidence(ten("scscscscscscscscscsc"))))
                .doesNotThrowAnyException();
        Call badFormat = new Call("SquaresAndCubes.compute(10)", 100).line(2, 1, "1^2=1");
        assertThatThrownBy(() -> rubric.formatAndOrder(evidence(badFormat))).hasMessageContaining("format");
        Call backwards = new Call("SquaresAndCubes.compute(10)", 100).line(2, 1, "2^2 = 4").line(2, 2, "1^2 = 1");
        assertThatThrownBy(() -> rubric.formatAndOrder(evidence(backwards))).hasMessageContaining("increasing");
    }
}
