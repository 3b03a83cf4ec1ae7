package grader.rubric.squares;

import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import grader.rubric.TaskPlan;
import java.time.Duration;
import java.util.List;

/**
 * Task 1's calls: {@code compute(10)} with the first-line rendezvous that makes overlap observable, and
 * {@code compute(n)} for an n the student cannot guess.
 */
public final class SquaresPlan implements TaskPlan {

    public static final String TEN = "compute(10)";
    public static final String RANDOM = "compute(random n)";

    /** A correct call takes milliseconds; the limit is generous even for a wrong one that pays the rendezvous. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    @Override
    public List<PlannedCall> calls(Parameters p) {
        String grace = "graceMs=" + p.grace().toMillis();
        return List.of(
                new ProbeCall(TEN, "SquaresAndCubes.compute(10)",
                        List.of("call=squares", "n=10", "holdMs=" + p.rendezvous().toMillis(), grace), LIMIT, null, null),
                new ProbeCall(RANDOM, "SquaresAndCubes.compute(" + p.squaresN() + ")",
                        List.of("call=squares", "n=" + p.squaresN(), grace), LIMIT, null, null));
    }
}
