package homework.factorial;

import java.math.BigInteger;

public class FactorialWorker {
    public static void main(String[] args) {
        try {
            if (args.length != 1) {
                throw new IllegalArgumentException("exactly one argument expected");
            }
            int n = Integer.parseInt(args[0]);
            if (n < 0) {
                throw new IllegalArgumentException("n must not be negative");
            }
            System.out.println(n + "! = " + factorial(n));
        } catch (IllegalArgumentException e) {   // NumberFormatException too
            System.err.println("FactorialWorker: " + e.getMessage());
            System.exit(3);
        }
    }

    private static BigInteger factorial(int n) {
        return n <= 1 ? BigInteger.ONE : BigInteger.valueOf(n).multiply(factorial(n - 1));
    }
}
