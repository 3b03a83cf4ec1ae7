package grader.probe.calls.bank;

import java.lang.reflect.Method;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The model checker's view of the student's {@code Bank}: each operation delegates to it. The bank starts with
 * {@link #ACCOUNTS} empty accounts; a scenario's first part deposits the starting balances, one at a time.
 */
public final class BankOperations {

    /** Every scenario uses accounts 0..2 (2 of them for row 6.3). */
    public static final int ACCOUNTS = 3;

    private static final Class<?> TYPE = StudentMethods.type(StudentMethods.BANK);
    private static final Method DEPOSIT = StudentMethods.method(TYPE, "deposit", int.class, long.class);
    private static final Method TRANSFER = StudentMethods.method(TYPE, "transfer", int.class, int.class, long.class);
    private static final Method BALANCE = StudentMethods.method(TYPE, "balance", int.class);
    private static final Method TOTAL = StudentMethods.method(TYPE, "total");

    private final Object bank;

    public BankOperations() throws Throwable {
        bank = StudentMethods.construct(TYPE, new Class<?>[] {long[].class}, (Object) new long[ACCOUNTS]);
    }

    @Operation
    public void deposit(int account, long amount) throws Throwable {
        StudentMethods.invoke(DEPOSIT, bank, account, amount);
    }

    @Operation
    public void transfer(int from, int to, long amount) throws Throwable {
        StudentMethods.invoke(TRANSFER, bank, from, to, amount);
    }

    @Operation
    public long balance(int account) throws Throwable {
        return (long) StudentMethods.invoke(BALANCE, bank, account);
    }

    @Operation
    public long total() throws Throwable {
        return (long) StudentMethods.invoke(TOTAL, bank);
    }
}
