package homework.bank;


/** Correct style: synchronized blocks on a private lock object, which no other code can take. */
public class Bank {

    private final long[] balances;
    private final Object lock = new Object();

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

    public void deposit(int account, long amount) {
        synchronized (lock) {
            checkAccount(account);
            if (amount < 0) {
                throw new IllegalArgumentException("negative amount " + amount);
            }
            balances[account] += amount;
        }
    }

    public void transfer(int from, int to, long amount) {
        synchronized (lock) {
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
    }

    public long balance(int account) {
        synchronized (lock) {
            checkAccount(account);
            return balances[account];
        }
    }

    public long total() {
        synchronized (lock) {
            long sum = 0;
            for (long balance : balances) {
                sum += balance;
            }
            return sum;
        }
    }

    private void checkAccount(int account) {
        if (account < 0 || account >= balances.length) {
            throw new IllegalArgumentException("no account " + account);
        }
    }
}
