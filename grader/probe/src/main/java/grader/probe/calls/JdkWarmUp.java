package grader.probe.calls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Loads and links the JDK machinery student code commonly uses (streams, collectors, lambdas, formatting, the
 * usual collections) before the clock starts. Its first use in a fresh JVM costs tens of milliseconds of class
 * loading and lambda linking, which a loaded machine stretches to hundreds, and which is the JVM's cost, not the
 * student's. Starts no thread.
 */
public final class JdkWarmUp {

    private JdkWarmUp() {}

    /** @return something computed, so that nothing is optimized away */
    public static int run() {
        List<Long> boxed = Arrays.stream(new long[] {3, 1, 2}).boxed().toList();
        List<Integer> mapped = IntStream.rangeClosed(1, 10).boxed().map(i -> i * i).collect(Collectors.toList());
        Map<Boolean, List<Integer>> parts = mapped.stream().collect(Collectors.partitioningBy(i -> i % 2 == 0));
        String joined = mapped.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        String formatted = String.format("%d^2 = %d%n", 3, 9) + String.valueOf(Math.multiplyExact(3L, 3L));
        Map<Integer, Long> map = new HashMap<>(Map.of(1, 1L));
        var concurrent = new ConcurrentHashMap<Integer, Long>(map);
        concurrent.merge(1, 1L, Long::sum);
        var list = new ArrayList<>(boxed);
        list.sort(null);
        return list.size() + parts.size() + joined.length() + formatted.length() + concurrent.size();
    }
}
