package homework.factorial;

import java.math.BigInteger;

public class FactorialWorker {
    public static void main(String[] args) {
        int n;
        try {
            n = Integer.parseInt(args[0]);
            if (args.length != 1 || n < 0) {
                throw new IllegalArgumentException();
            }
        } catch (RuntimeException e) {
            System.err.println("usage: java homework.factorial.FactorialWorker <n>   (n >= 0)");
            System.exit(1);
            return;
        }
        BigInteger f = BigInteger.ONE;
        for (int i = n; i > 1; i--) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        System.out.println(n + "! = " + f);
    }
}
