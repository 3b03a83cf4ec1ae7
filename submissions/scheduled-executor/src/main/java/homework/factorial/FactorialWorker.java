package homework.factorial;

import java.math.BigInteger;

public class FactorialWorker {
    public static void main(String[] args) {
        if (args.length != 1 || !args[0].chars().allMatch(Character::isDigit) || args[0].isEmpty() || args[0].length() > 9) {
            System.err.println("FactorialWorker needs one argument: a number from 0 to 999999999");
            System.exit(1);
        }
        int n = Integer.parseInt(args[0]);
        BigInteger result = BigInteger.ONE;
        for (int k = 2; k <= n; k++) {
            result = result.multiply(BigInteger.valueOf(k));
        }
        System.out.printf("%d! = %s%n", n, result);
    }
}
