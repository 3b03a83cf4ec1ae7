package homework.bank;

/**
 * Задание 6, часть 2: банк со счетами, которым пользуются сразу несколько потоков.
 * Task 6, part 2: a bank of accounts used by several threads at once.
 *
 * <p>Счета нумеруются с 0. {@link #deposit} зачисляет сумму на счёт, {@link #transfer} переводит сумму с одного
 * счёта на другой, {@link #total()} возвращает сумму всех балансов в один момент времени (согласованный снимок,
 * в том числе пока идут переводы). Деньги не должны появляться или исчезать при любом чередовании потоков, и два
 * перевода в противоположных направлениях не должны вызывать взаимную блокировку (захватывайте блокировки счетов
 * в одном и том же порядке). Операции не печатают, не засыпают и не ждут с тайм-аутом.
 *
 * <p>Accounts are numbered from 0. {@link #deposit} adds an amount to an account, {@link #transfer} moves an amount
 * from one account to another, {@link #total()} is the sum of all balances at one instant (a consistent snapshot,
 * also while transfers run). No money may be created or destroyed under any interleaving of threads, and two
 * transfers in opposite directions must not deadlock (take the accounts' locks in one fixed order). Operations do
 * not print, sleep or wait with a time-out.
 *
 * <pre>{@code
 * Bank bank = new Bank(100, 50);   // account 0 holds 100, account 1 holds 50
 * bank.transfer(0, 1, 30);         // 70 and 80
 * bank.deposit(1, 5);              // 70 and 85
 * bank.total();                    // 155
 * bank.transfer(0, 1, 1000);       // IllegalStateException: 70 < 1000, nothing changes
 * }</pre>
 */
public class Bank {

    /**
     * Банк с заданными начальными балансами счетов 0, 1, ... A bank whose accounts 0, 1, ... start with these.
     *
     * @throws IllegalArgumentException если счетов нет или баланс отрицателен / if there is no account or a
     *     balance is negative
     */
    public Bank(long... initialBalances) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Зачисляет {@code amount} на счёт {@code account}. Adds {@code amount} to {@code account}.
     *
     * @throws IllegalArgumentException если счёта нет или сумма отрицательна / if there is no such account or the
     *     amount is negative
     */
    public void deposit(int account, long amount) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Переводит {@code amount} со счёта {@code from} на счёт {@code to}. Moves {@code amount} from {@code from} to
     * {@code to}.
     *
     * @throws IllegalArgumentException если сумма отрицательна, счёта нет или {@code from == to} (проверяется
     *     первым) / if the amount is negative, an account does not exist or {@code from == to} (checked first)
     * @throws IllegalStateException если на счёте {@code from} меньше {@code amount}; ничего не меняется / if
     *     {@code from} holds less than {@code amount}; nothing changes
     */
    public void transfer(int from, int to, long amount) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Баланс счёта. The balance of an account.
     *
     * @throws IllegalArgumentException если счёта нет / if there is no such account
     */
    public long balance(int account) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Сумма всех балансов в один момент времени. The sum of all balances at one instant. */
    public long total() {
        throw new UnsupportedOperationException("TODO");
    }
}
