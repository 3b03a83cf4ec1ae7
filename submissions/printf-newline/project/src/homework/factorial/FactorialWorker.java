package homework.factorial;

import java.math.BigInteger;

public class FactorialWorker {
    public static void main(String[] args) {
        BigInteger n;
        try {
            if (args.length != 1) {
                throw new NumberFormatException(String.format("%d arguments", args.length));
            }
            n = new BigInteger(args[0]);
            if (n.signum() < 0 || n.bitLength() > 20) {
                throw new NumberFormatException("out of range");
            }
        } catch (NumberFormatException e) {
            System.err.printf("FactorialWorker: bad argument (%s); usage: FactorialWorker <n>%n", e.getMessage());
            System.exit(1);
            return;
        }
        BigInteger f = BigInteger.ONE;
        for (BigInteger k = BigInteger.TWO; k.compareTo(n) <= 0; k = k.add(BigInteger.ONE)) {
            f = f.multiply(k);
        }
        System.out.printf("%d! = %d%n", n, f);
    }
}
