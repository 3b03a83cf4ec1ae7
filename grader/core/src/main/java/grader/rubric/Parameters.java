package grader.rubric;

import java.io.Serializable;
import java.time.Duration;
import java.util.Random;

/**
 * The inputs and time scales of one grading run, drawn from a seed so that a run can be replayed exactly.
 *
 * <p>Delays are short (the contract makes them parameters) but long next to a loaded machine's scheduling noise:
 * every timing check compares in units of the delay, with margins of at least a third of a delay.
 *
 * @param seed the seed everything random was drawn from
 * @param squaresN task 1's second n, from 11 to 100
 * @param countingThreads task 2's number of threads, from 3 to 6
 * @param countingDelay task 2's delay
 * @param asyncDelay task 3's delay
 * @param factorialMax task 4's second max, from 2 to 20
 * @param rendezvous how long a printer waits at its first line for its partner (task 1)
 * @param grace how long threads and processes may take to end after a call returned
 */
public record Parameters(long seed, int squaresN, int countingThreads, Duration countingDelay, Duration asyncDelay,
        int factorialMax, Duration rendezvous, Duration grace) implements Serializable {

    public static Parameters fromSeed(long seed) {
        Random random = new Random(seed);
        int squaresN = 11 + random.nextInt(90);
        int threads = 3 + random.nextInt(4);
        int max = 2 + random.nextInt(19);
        return new Parameters(seed, squaresN, threads, Duration.ofMillis(100), Duration.ofMillis(1000), max,
                Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    /** A fresh seed for a run nobody asked to replay. */
    public static long newSeed() {
        return new java.security.SecureRandom().nextLong() & 0xFFFF_FFFFL;
    }
}
