package homework.factorial;

import java.math.BigInteger;

/**
 * Task 4, the child process: computes the factorial of the one number it is given.
 *
 * <pre>{@code
 * $ java -cp classes homework.factorial.FactorialWorker 5
 * 5! = 120
 * }</pre>
 * On a bad argument it prints a message to standard error and exits with status 2.
 */
public final class FactorialWorker {

    private static final int EXIT_BAD_ARGUMENT = 2;

    private FactorialWorker() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            fail("expected exactly one argument, the number n, but got " + args.length);
        }
        int n;
        try {
            n = Integer.parseInt(args[0].trim());
        } catch (NumberFormatException e) {
            fail("not a whole number: '" + args[0] + "'");
            return;
        }
        if (n < 0) {
            fail("the factorial is defined for n >= 0, got " + n);
        }
        System.out.println(n + "! = " + factorial(n));
    }

    /** n! as a BigInteger: 21! no longer fits in a long. */
    static BigInteger factorial(int n) {
        BigInteger result = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            result = result.multiply(BigInteger.valueOf(i));
        }
        return result;
    }

    private static void fail(String message) {
        System.err.println("FactorialWorker: " + message);
        System.exit(EXIT_BAD_ARGUMENT);
    }
}
