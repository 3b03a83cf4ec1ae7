package grader.probe.calls.bank;

import grader.probe.calls.StudentCall;
import grader.probe.evidence.ReturnedValue;

/**
 * Task 6's one call: the model checker's rows and the one-thread row, all in this JVM. What it "returns" is the
 * evidence itself; the student's classes are only reached through {@link CounterOperations},
 * {@link BankOperations} and {@link SequentialCheck}.
 */
final class BankCall implements StudentCall {

    private final BankArguments arguments;

    BankCall(BankArguments arguments) {
        this.arguments = arguments;
    }

    @Override
    public String describe() {
        return "Counter and Bank under the model checker";
    }

    @Override
    public void prepare() throws ReflectiveOperationException {
        // loaded before the clock starts; initialized (static initializers run) only by the checks
        Class.forName(StudentMethods.COUNTER, false, BankCall.class.getClassLoader());
        Class.forName(StudentMethods.BANK, false, BankCall.class.getClassLoader());
    }

    @Override
    public Object invoke() {
        return BankChecks.run(arguments);
    }

    @Override
    public ReturnedValue read(Object returned, long startNanos, long deadlineNanos) {
        return (BankEvidence) returned;
    }
}
