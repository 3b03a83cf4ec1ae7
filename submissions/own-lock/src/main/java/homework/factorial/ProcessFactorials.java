package homework.factorial;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reader threads put their results into one map, guarded by synchronized blocks on the map itself. */
public class ProcessFactorials {

    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1: " + max);
        }
        String java = System.getProperty("java.home") + "/bin/java";
        String cp = System.getProperty("java.class.path");

        Map<Integer, BigInteger> results = new HashMap<>();
        Map<Integer, String> failures = new HashMap<>();
        List<Process> processes = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        try {
            for (int n = 1; n <= max; n++) {
                Process p = new ProcessBuilder(java, "-cp", cp, "homework.factorial.FactorialWorker", String.valueOf(n))
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                processes.add(p);
                int number = n;
                Thread reader = new Thread(() -> {
                    String problem;
                    try {
                        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                        int code = p.waitFor();
                        if (code == 0 && out.matches(number + "! = \\d+")) {
                            BigInteger value = new BigInteger(out.substring(out.indexOf('=') + 2));
                            synchronized (results) {
                                results.put(number, value);
                            }
                            return;
                        }
                        problem = code != 0 ? "exit code " + code : "unreadable output '" + out + "'";
                    } catch (IOException | InterruptedException e) {
                        problem = e.toString();
                    }
                    synchronized (results) {
                        failures.put(number, problem);
                    }
                });
                readers.add(reader);
                reader.start();
            }
            for (Thread reader : readers) {
                reader.join();
            }
        } finally {
            for (Process p : processes) {
                if (p.isAlive()) {
                    p.destroyForcibly().waitFor();
                }
            }
        }
        synchronized (results) {
            if (!failures.isEmpty()) {
                Map.Entry<Integer, String> first = failures.entrySet().iterator().next();
                throw new IOException("the worker for " + first.getKey() + " failed: " + first.getValue()
                        + (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more)" : ""));
            }
            return new HashMap<>(results);
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(compute(10));
    }
}
