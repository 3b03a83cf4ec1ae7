package homework.factorial;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * All children start at once; a scheduled watchdog kills any child still running after a generous time limit,
 * so that a stuck worker cannot hang compute forever.
 */
public class ProcessFactorials {

    private static final long TIME_LIMIT_SECONDS = 120;

    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException("max = " + max);
        }
        String java = System.getProperty("java.home") + "/bin/java";
        String cp = System.getProperty("java.class.path");

        List<Process> children = new ArrayList<>();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        boolean ok = false;
        try {
            for (int n = 1; n <= max; n++) {
                children.add(new ProcessBuilder(java, "-cp", cp, "homework.factorial.FactorialWorker", Integer.toString(n))
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start());
            }
            ScheduledFuture<?> kill = watchdog.schedule(() -> children.forEach(Process::destroyForcibly),
                    TIME_LIMIT_SECONDS, TimeUnit.SECONDS);

            Map<Integer, BigInteger> result = new TreeMap<>();
            for (int n = 1; n <= max; n++) {
                Process child = children.get(n - 1);
                String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                int code = child.waitFor();
                if (code != 0) {
                    throw new IOException("child " + n + " exited with " + code + (kill.isDone() ? " (killed by the time limit)" : ""));
                }
                String expected = n + "! = ";
                if (!out.startsWith(expected)) {
                    throw new IOException("child " + n + " printed '" + out + "'");
                }
                try {
                    result.put(n, new BigInteger(out.substring(expected.length())));
                } catch (NumberFormatException e) {
                    throw new IOException("child " + n + " printed '" + out + "'", e);
                }
            }
            kill.cancel(false);
            ok = true;
            return result;
        } finally {
            watchdog.shutdownNow();
            if (!ok) {
                for (Process child : children) {
                    child.destroyForcibly();
                }
                for (Process child : children) {
                    child.waitFor();
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        compute(10).forEach((n, f) -> System.out.println(n + "! = " + f));
    }
}
