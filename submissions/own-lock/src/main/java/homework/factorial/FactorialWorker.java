package homework.factorial;

import java.math.BigInteger;

public class FactorialWorker {
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("one argument expected");
            System.exit(2);
        }
        try {
            int n = Integer.parseInt(args[0]);
            if (n < 0) {
                System.err.println("n must be >= 0");
                System.exit(2);
            }
            BigInteger f = BigInteger.ONE;
            for (int i = 1; i <= n; i++) {
                f = f.multiply(BigInteger.valueOf(i));
            }
            System.out.println(n + "! = " + f);
        } catch (NumberFormatException e) {
            System.err.println("not a number: " + args[0]);
            System.exit(2);
        }
    }
}
