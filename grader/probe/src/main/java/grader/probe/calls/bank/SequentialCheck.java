package grader.probe.calls.bank;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Row 6.5, without the model checker: one thread makes a list of calls on a new student {@code Bank} and on the
 * grader's {@link SequentialBank} with the same starting balances, and every result (value or exception class) is
 * recorded side by side. Deterministic by construction: there is one thread.
 */
public final class SequentialCheck {

    private SequentialCheck() {}

    /**
     * @param balances the starting balances of both banks
     * @param ops the calls, in order
     * @return each call with both results; empty if the student's constructor threw (see {@code constructorThrew})
     */
    public static Outcome run(List<Long> balances, List<BankOp> ops) {
        long[] start = balances.stream().mapToLong(Long::longValue).toArray();
        Class<?> type;
        Object bank;
        try {
            type = StudentMethods.type(StudentMethods.BANK);
            bank = StudentMethods.construct(type, new Class<?>[] {long[].class}, (Object) start.clone());
        } catch (Throwable e) {
            return new Outcome(List.of(), OpResult.threw(e));
        }
        SequentialBank expected = new SequentialBank(start.clone());
        List<SequentialStep> steps = new ArrayList<>();
        for (BankOp op : ops) {
            steps.add(new SequentialStep(op, expectedOf(expected, op), actualOf(type, bank, op)));
        }
        return new Outcome(steps, null);
    }

    /**
     * @param steps the calls and their results
     * @param constructorThrew what {@code new Bank(balances)} threw, or null
     */
    public record Outcome(List<SequentialStep> steps, OpResult constructorThrew) implements java.io.Serializable {
        public Outcome {
            steps = new ArrayList<>(steps);
        }
    }

    private static OpResult expectedOf(SequentialBank bank, BankOp op) {
        try {
            return switch (op.name()) {
                case "deposit" -> {
                    bank.deposit(account(op, 0), op.args().get(1));
                    yield OpResult.ofVoid();
                }
                case "transfer" -> {
                    bank.transfer(account(op, 0), account(op, 1), op.args().get(2));
                    yield OpResult.ofVoid();
                }
                case "balance" -> OpResult.value(bank.balance(account(op, 0)));
                case "total" -> OpResult.value(bank.total());
                default -> throw new IllegalArgumentException("no operation " + op.name());
            };
        } catch (IllegalArgumentException | IllegalStateException e) {
            return OpResult.threw(e);
        }
    }

    private static OpResult actualOf(Class<?> type, Object bank, BankOp op) {
        try {
            Method method = switch (op.name()) {
                case "deposit" -> StudentMethods.method(type, "deposit", int.class, long.class);
                case "transfer" -> StudentMethods.method(type, "transfer", int.class, int.class, long.class);
                case "balance" -> StudentMethods.method(type, "balance", int.class);
                case "total" -> StudentMethods.method(type, "total");
                default -> throw new IllegalArgumentException("no operation " + op.name());
            };
            Object[] args = new Object[op.args().size()];
            Class<?>[] types = method.getParameterTypes();
            for (int i = 0; i < args.length; i++) {
                args[i] = types[i] == int.class ? (Object) account(op, i) : (Object) op.args().get(i);
            }
            Object returned = StudentMethods.invoke(method, bank, args);
            return method.getReturnType() == void.class ? OpResult.ofVoid() : OpResult.value(returned);
        } catch (Throwable e) {
            return OpResult.threw(e);
        }
    }

    private static int account(BankOp op, int index) {
        return Math.toIntExact(op.args().get(index));
    }
}
