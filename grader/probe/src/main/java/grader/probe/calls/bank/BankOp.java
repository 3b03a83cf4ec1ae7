package grader.probe.calls.bank;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One operation of a scenario, as the student would call it: {@code transfer(0, 1, 10)}.
 *
 * @param name the method of {@code Counter} or {@code Bank}
 * @param args its arguments in order (account numbers are ints, amounts longs; both carried as longs)
 */
public record BankOp(String name, List<Long> args) implements Serializable {

    public BankOp {
        args = new ArrayList<>(args);
    }

    public static BankOp of(String name, long... args) {
        List<Long> list = new ArrayList<>();
        for (long arg : args) {
            list.add(arg);
        }
        return new BankOp(name, list);
    }

    /** {@code transfer(0, 1, 10)}. */
    public String describe() {
        return name + args.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }
}
