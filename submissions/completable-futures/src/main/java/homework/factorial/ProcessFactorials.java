package homework.factorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/** Each child is a pair of futures, its output (read on a thread of its own) and Process.onExit(). */
public class ProcessFactorials {

    private static final Executor NEW_THREAD = task -> {
        Thread t = new Thread(task);
        t.setDaemon(true);
        t.start();
    };

    private record Child(int n, Process process, CompletableFuture<BigInteger> value) {}

    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1");
        }
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        String cp = System.getProperty("java.class.path");

        List<Child> children = new ArrayList<>();
        try {
            for (int n = 1; n <= max; n++) {
                Process p = new ProcessBuilder(java, "-cp", cp, "homework.factorial.FactorialWorker", String.valueOf(n))
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                int number = n;
                CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(p), NEW_THREAD);
                CompletableFuture<BigInteger> value = output.thenCombine(p.onExit(), (text, exited) -> parse(number, text, exited.exitValue()));
                children.add(new Child(n, p, value));
            }
            CompletableFuture.allOf(children.stream().map(Child::value).toArray(CompletableFuture[]::new)).get();
        } catch (ExecutionException e) {
            stopAll(children);
            Throwable cause = e.getCause() instanceof CompletionException ce ? ce.getCause() : e.getCause();
            throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stopAll(children);
            throw e;
        }
        Map<Integer, BigInteger> result = new TreeMap<>();
        children.forEach(c -> result.put(c.n(), c.value().join()));
        return result;
    }

    private static String readAll(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigInteger parse(int n, String text, int exitCode) {
        if (exitCode != 0) {
            throw new CompletionException(new IOException("the process for " + n + " exited with code " + exitCode));
        }
        String line = text.strip();
        String prefix = n + "! = ";
        if (!line.startsWith(prefix) || !line.substring(prefix.length()).matches("\\d+")) {
            throw new CompletionException(new IOException("the process for " + n + " printed '" + line + "'"));
        }
        return new BigInteger(line.substring(prefix.length()));
    }

    private static void stopAll(List<Child> children) {
        children.forEach(c -> c.process().destroyForcibly());
        children.forEach(c -> c.process().onExit().join());
    }

    public static void main(String[] args) throws Exception {
        System.out.println(compute(10));
    }
}
