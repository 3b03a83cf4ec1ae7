package grader.rubric.squares;

import grader.rubric.Parameters;
import grader.rubric.PlannedCall;
import grader.rubric.PlannedCall.ProbeCall;
import grader.probe.calls.CallOptions;
import grader.probe.calls.squares.SquaresArguments;
import java.time.Duration;
import java.util.List;

/**
 * Task 1's calls, {@code compute(10)} and {@code compute(n)} for an n the student cannot guess, both with the
 * first-line rendezvous that makes overlap observable. Holding the first printer in both calls also keeps row 1.3 from
 * hanging on a race: a pool whose first thread finished its job before the second job was picked up would otherwise
 * run both jobs on one thread in one call and on two in the other.
 */
public final class SquaresPlan {

    public static final String TEN = "compute(10)";
    public static final String RANDOM = "compute(random n)";

    /** A correct call takes milliseconds; the limit is generous even for a wrong one that pays the rendezvous. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    /** The second call's n, from 11 to 100: a solution that prints a fixed table fails it. */
    public static int randomN(Parameters p) {
        return 11 + p.random(1).nextInt(90);
    }

    public List<PlannedCall> calls(Parameters p) {
        CallOptions options = CallOptions.DEFAULT.withHold(p.rendezvous()).withGrace(p.grace());
        int n = randomN(p);
        return List.of(
                new ProbeCall(TEN, "SquaresAndCubes.compute(10)", new SquaresArguments(10), options, LIMIT),
                new ProbeCall(RANDOM, "SquaresAndCubes.compute(" + n + ")", new SquaresArguments(n), options, LIMIT));
    }
}
