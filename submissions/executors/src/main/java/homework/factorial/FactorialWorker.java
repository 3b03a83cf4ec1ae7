package homework.factorial;

import java.math.BigInteger;
import java.util.stream.LongStream;

public class FactorialWorker {
    public static void main(String[] args) {
        if (args.length != 1 || !args[0].matches("\\d{1,6}")) {
            System.err.println("usage: FactorialWorker <n>, n a number from 0 to 999999");
            System.exit(64);
        }
        int n = Integer.parseInt(args[0]);
        BigInteger f = LongStream.rangeClosed(2, n).mapToObj(BigInteger::valueOf).reduce(BigInteger.ONE, BigInteger::multiply);
        System.out.println(n + "! = " + f);
    }
}
