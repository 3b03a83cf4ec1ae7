package homework.factorial;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/** Task 4: the factorials of 1..max. */
public final class ProcessFactorials {

    private ProcessFactorials() {
    }

    /** Returns n -> n! for 1..max, computed here: a factorial is cheap enough. */
    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be 1 or more, was " + max);
        }

        Map<Integer, BigInteger> factorials = new TreeMap<>();
        BigInteger factorial = BigInteger.ONE;
        for (int n = 1; n <= max; n++) {
            factorial = factorial.multiply(BigInteger.valueOf(n));
            factorials.put(n, factorial);
        }
        return factorials;
    }

    /** The original homework: the factorials of 1 to 10. */
    public static void main(String[] args) throws IOException, InterruptedException {
        compute(10).forEach((n, factorial) -> System.out.println(n + "! = " + factorial));
    }
}
