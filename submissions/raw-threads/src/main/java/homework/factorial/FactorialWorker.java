package homework.factorial;

import java.math.BigInteger;

public class FactorialWorker {
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: FactorialWorker <n>");
            System.exit(1);
        }
        int n;
        try {
            n = Integer.parseInt(args[0]);
        } catch (NumberFormatException e) {
            System.err.println("bad number: " + args[0]);
            System.exit(1);
            return;
        }
        if (n < 0) {
            System.err.println("negative number: " + n);
            System.exit(1);
        }
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        System.out.println(n + "! = " + f);
    }
}
