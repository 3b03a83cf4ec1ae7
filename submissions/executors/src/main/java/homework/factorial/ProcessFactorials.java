package homework.factorial;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class ProcessFactorials {

    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1");
        }
        String java = System.getProperty("java.home") + "/bin/java";
        String cp = System.getProperty("java.class.path");

        List<Process> processes = new ArrayList<>();
        ExecutorService readers = Executors.newCachedThreadPool();
        try {
            for (int n = 1; n <= max; n++) {
                processes.add(new ProcessBuilder(java, "-cp", cp, FactorialWorker.class.getName(), String.valueOf(n))
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start());
            }
            List<Future<BigInteger>> results = new ArrayList<>();
            for (int i = 0; i < max; i++) {
                int n = i + 1;
                Process p = processes.get(i);
                results.add(readers.submit(() -> {
                    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                    int code = p.waitFor();
                    if (code != 0) {
                        throw new IOException("worker for " + n + " exited with " + code);
                    }
                    if (!out.startsWith(n + "! = ")) {
                        throw new IOException("worker for " + n + " printed: " + out);
                    }
                    return new BigInteger(out.substring(out.indexOf('=') + 1).strip());
                }));
            }
            Map<Integer, BigInteger> map = new LinkedHashMap<>();
            for (int i = 0; i < max; i++) {
                try {
                    map.put(i + 1, results.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    throw cause instanceof IOException io ? io
                            : new IOException("worker for " + (i + 1) + " failed: " + cause, cause);
                }
            }
            return map;
        } finally {
            for (Process p : processes) {
                p.destroyForcibly();   // a no-op for the ones that have exited already
            }
            for (Process p : processes) {
                p.waitFor();
            }
            readers.shutdownNow();
            readers.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    public static void main(String[] args) throws Exception {
        compute(10).forEach((n, f) -> System.out.println(n + "! = " + f));
    }
}
