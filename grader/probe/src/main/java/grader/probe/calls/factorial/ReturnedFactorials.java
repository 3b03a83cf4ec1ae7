package grader.probe.calls.factorial;

import grader.probe.evidence.ReturnedValue;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/** Task 4: the map {@code compute} returned (null keys or values are dropped and counted in {@code nulls}). */
public record ReturnedFactorials(Map<Integer, BigInteger> factorials, int nulls) implements ReturnedValue {
    public ReturnedFactorials {
        factorials = new TreeMap<>(factorials);
    }
}
