package homework.bank;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Correct style: a {@link ReentrantReadWriteLock}: deposits and transfers write, balance() and total() read. */
public class Bank {

    private final long[] balances;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

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
        lock.writeLock().lock();
        try {
            checkAccount(account);
            if (amount < 0) {
                throw new IllegalArgumentException("negative amount " + amount);
            }
            balances[account] += amount;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void transfer(int from, int to, long amount) {
        lock.writeLock().lock();
        try {
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
        } finally {
            lock.writeLock().unlock();
        }
    }

    public long balance(int account) {
        lock.readLock().lock();
        try {
            checkAccount(account);
            return balances[account];
        } finally {
            lock.readLock().unlock();
        }
    }

    public long total() {
        lock.readLock().lock();
        try {
            long sum = 0;
            for (long balance : balances) {
                sum += balance;
            }
            return sum;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void checkAccount(int account) {
        if (account < 0 || account >= balances.length) {
            throw new IllegalArgumentException("no account " + account);
        }
    }
}
