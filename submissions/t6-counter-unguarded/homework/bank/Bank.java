package homework.bank;

/**
 * Reference: one monitor (the bank) guards every balance, so each operation, {@code total()} included, sees and
 * leaves a consistent state, and there is only one lock to take, so no order of taking two can deadlock.
 */
public class Bank {

    private final long[] balances;

    public Bank(long... initialBalances) {
        if (initialBalances == null || initialBalances.length == 0) {
            throw new IllegalArgumentException("a bank needs at least one account");
        }
        for (long balance : initialBalances) {
            if (balance < 0) {
                throw new IllegalArgumentException("negative initial balance " + balance);
            }
        }
        balances = initialBalances.clone();
    }

    public synchronized void deposit(int account, long amount) {
        checkAccount(account);
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        balances[account] += amount;
    }

    public synchronized void transfer(int from, int to, long amount) {
        checkAccount(from);
        checkAccount(to);
        if (amount < 0 || from == to) {
            throw new IllegalArgumentException("cannot transfer " + amount + " from " + from + " to " + to);
        }
        if (balances[from] < amount) {
            throw new IllegalStateException("account " + from + " holds " + balances[from] + " < " + amount);
        }
        balances[from] -= amount;
        balances[to] += amount;
    }

    public synchronized long balance(int account) {
        checkAccount(account);
        return balances[account];
    }

    public synchronized long total() {
        long sum = 0;
        for (long balance : balances) {
            sum += balance;
        }
        return sum;
    }

    private void checkAccount(int account) {
        if (account < 0 || account >= balances.length) {
            throw new IllegalArgumentException("no account " + account);
        }
    }
}
