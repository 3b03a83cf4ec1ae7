package grader.probe.calls;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call to make, as {@code key=value} words on the probe's command line, e.g.
 * {@code call=squares n=10 holdMs=2000 timeoutMs=5000 graceMs=1000}.
 *
 * @param values every key and its value
 */
public record CallSpec(Map<String, String> values) {

    public CallSpec {
        values = Map.copyOf(values);
    }

    /** Parses {@code key=value} words. */
    public static CallSpec parse(String... words) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("not key=value: " + word);
            }
            values.put(word.substring(0, eq), word.substring(eq + 1));
        }
        return new CallSpec(values);
    }

    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value;
    }

    public long number(String key, long orElse) {
        return values.containsKey(key) ? Long.parseLong(values.get(key)) : orElse;
    }

    public int integer(String key) {
        return Integer.parseInt(text(key));
    }
}
