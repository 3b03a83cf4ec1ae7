package grader.rubric;

import java.io.Serializable;
import java.time.Duration;
import java.util.Random;

/**
 * The seed and the common time scales of one grading run, so that a run can be replayed exactly. Each assignment
 * draws its own inputs from the seed ({@link #random(int)}), so adding an assignment changes no other one's.
 *
 * @param seed the seed everything random was drawn from
 * @param rendezvous how long a printer waits at its first line for its partner (task 1)
 * @param grace how long threads and processes may take to end after a call returned
 */
public record Parameters(long seed, Duration rendezvous, Duration grace) implements Serializable {

    public static Parameters fromSeed(long seed) {
        return new Parameters(seed, Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    /** The random numbers of assignment {@code number}: the same for the same seed, independent of the others'. */
    public Random random(int number) {
        return new Random(seed * 1_000_003L + number);
    }

    /** A fresh seed for a run nobody asked to replay. */
    public static long newSeed() {
        return new java.security.SecureRandom().nextLong() & 0xFFFF_FFFFL;
    }
}
