package homework.bank;

/**
 * Flaw (6.3): a lock per account, but transfer() takes the lock of {@code from} and then of {@code to}, so
 * transfer(0, 1) and transfer(1, 0) at the same time each hold one lock and wait for the other: a deadlock.
 * total() takes every lock in account order, so it is a consistent snapshot.
 */
public class Bank {

    private final long[] balances;
    private final Object[] locks;

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
        locks = new Object[balances.length];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    public void deposit(int account, long amount) {
        checkAccount(account);
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        synchronized (locks[account]) {
            balances[account] += amount;
        }
    }

    public void transfer(int from, int to, long amount) {
        checkAccount(from);
        checkAccount(to);
        if (amount < 0 || from == to) {
            throw new IllegalArgumentException("cannot transfer " + amount + " from " + from + " to " + to);
        }
        synchronized (locks[from]) {
            synchronized (locks[to]) {
                if (balances[from] < amount) {
                    throw new IllegalStateException("account " + from + " holds " + balances[from] + " < " + amount);
                }
                balances[from] -= amount;
                balances[to] += amount;
            }
        }
    }

    public long balance(int account) {
        checkAccount(account);
        synchronized (locks[account]) {
            return balances[account];
        }
    }

    public long total() {
        return sumFrom(0);
    }

    /** Holds the locks of accounts 0..i-1 while it takes lock i: all of them, in order, before any is read out. */
    private long sumFrom(int i) {
        if (i == locks.length) {
            return 0;
        }
        synchronized (locks[i]) {
            return balances[i] + sumFrom(i + 1);
        }
    }

    private void checkAccount(int account) {
        if (account < 0 || account >= balances.length) {
            throw new IllegalArgumentException("no account " + account);
        }
    }
}
