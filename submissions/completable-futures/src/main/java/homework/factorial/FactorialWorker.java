package homework.factorial;

import java.math.BigInteger;
import java.util.stream.IntStream;

public class FactorialWorker {
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("expected one argument");
            System.exit(2);
        }
        final int n;
        try {
            n = Integer.parseInt(args[0]);
            if (n < 0) {
                throw new NumberFormatException("negative");
            }
        } catch (NumberFormatException e) {
            System.err.println("not a non-negative number: " + args[0]);
            System.exit(2);
            return;
        }
        BigInteger f = IntStream.rangeClosed(1, n).mapToObj(BigInteger::valueOf).reduce(BigInteger.ONE, BigInteger::multiply);
        System.out.println(n + "! = " + f);
    }
}
