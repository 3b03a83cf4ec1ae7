package homework.factorial;

/**
 * Task 4, the child process: computes the factorial of one number.
 *
 * <p>Run as {@code java -cp ... homework.factorial.FactorialWorker 25}, it prints {@code 25! = 15511210043330985984000000}
 * on one line of its standard output and exits 0. Factorials outgrow {@code long} after 20!: use
 * {@code BigInteger}. On a bad argument (missing, not a number, negative) it prints a message to its standard error
 * and exits with a non-zero status.
 */
public final class FactorialWorker {

    private FactorialWorker() {}

    /**
     * Prints {@code n! = v} for the number in {@code args[0]}.
     *
     * @param args exactly one argument: the number
     */
    public static void main(String[] args) {
        throw new UnsupportedOperationException("TODO");
    }
}
