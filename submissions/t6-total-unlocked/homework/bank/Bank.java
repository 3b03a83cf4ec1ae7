package homework.bank;

/** Flaw (6.4): total() sums without the lock, so it can add balances from before and after a transfer. */
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

    public long total() {
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
