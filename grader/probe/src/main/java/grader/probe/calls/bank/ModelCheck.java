package grader.probe.calls.bank;

/**
 * What the model checker checks for each row that needs it: which operations class it drives, the sequential
 * specification results are compared with, and whether results matter at all.
 */
public enum ModelCheck {

    /** 6.1: increments are never lost. */
    COUNTER(CounterOperations.class, SequentialCounter.class, true),
    /** 6.2: balances after concurrent transfers and deposits are those of the sequential bank. */
    MONEY(BankOperations.class, SequentialBank.class, true),
    /** 6.3: transfers in opposite directions finish; results are ignored, only a hang counts. */
    DEADLOCK(BankOperations.class, SequentialBank.class, false),
    /** 6.4: total() read during transfers is a total of some one-at-a-time order. */
    SNAPSHOT(BankOperations.class, SequentialBank.class, true);

    private final Class<?> operations;
    private final Class<?> sequential;
    private final boolean resultsMatter;

    ModelCheck(Class<?> operations, Class<?> sequential, boolean resultsMatter) {
        this.operations = operations;
        this.sequential = sequential;
        this.resultsMatter = resultsMatter;
    }

    Class<?> operations() {
        return operations;
    }

    Class<?> sequential() {
        return sequential;
    }

    boolean resultsMatter() {
        return resultsMatter;
    }
}
