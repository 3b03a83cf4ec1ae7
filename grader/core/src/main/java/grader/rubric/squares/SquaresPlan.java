package grader.rubric.squares;

import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import grader.rubric.TaskPlan;
import java.time.Duration;
import java.util.List;

/**
 * Task 1's calls, {@code compute(10)} and {@code compute(n)} for an n the student cannot guess, both with the
 * first-line rendezvous that makes overlap observable. Holding the first printer in both calls also keeps row 1.3 from
 * hanging on a race: a pool whose first thread finished its job before the second job was picked up would otherwise
 * run both jobs on one thread in one call and on two in the other.
 */
public final class SquaresPlan implements TaskPlan {

    public static final String TEN = "compute(10)";
    public static final String RANDOM = "compute(random n)";

    /** A correct call takes milliseconds; the limit is generous even for a wrong one that pays the rendezvous. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    @Override
    public List<PlannedCall> calls(Parameters p) {
        String grace = "graceMs=" + p.grace().toMillis();
        String hold = "holdMs=" + p.rendezvous().toMillis();
        return List.of(
                new ProbeCall(TEN, "SquaresAndCubes.compute(10)", List.of("call=squares", "n=10", hold, grace),
                        LIMIT, null, null),
                new ProbeCall(RANDOM, "SquaresAndCubes.compute(" + p.squaresN() + ")",
                        List.of("call=squares", "n=" + p.squaresN(), hold, grace), LIMIT, null, null));
    }
}
