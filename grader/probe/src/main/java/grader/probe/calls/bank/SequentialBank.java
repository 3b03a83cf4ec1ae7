package grader.probe.calls.bank;

/**
 * The grader's own bank, one call at a time, as the contract states it: what every interleaving of the student's
 * bank must be equivalent to (also in the exceptions, which the model checker compares by class).
 */
public final class SequentialBank {

    private final long[] balances;

    /** The model checker's bank: {@link BankOperations#ACCOUNTS} empty accounts. */
    public SequentialBank() {
        this(new long[BankOperations.ACCOUNTS]);
    }

    public SequentialBank(long... initialBalances) {
        balances = initialBalances.clone();
    }

    public void deposit(int account, long amount) {
        check(account);
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount");
        }
        balances[account] += amount;
    }

    public void transfer(int from, int to, long amount) {
        check(from);
        check(to);
        if (amount < 0 || from == to) {
            throw new IllegalArgumentException("bad transfer");
        }
        if (balances[from] < amount) {
            throw new IllegalStateException("balance too small");
        }
        balances[from] -= amount;
        balances[to] += amount;
    }

    public long balance(int account) {
        check(account);
        return balances[account];
    }

    public long total() {
        long sum = 0;
        for (long balance : balances) {
            sum += balance;
        }
        return sum;
    }

    private void check(int account) {
        if (account < 0 || account >= balances.length) {
            throw new IllegalArgumentException("no account " + account);
        }
    }
}
