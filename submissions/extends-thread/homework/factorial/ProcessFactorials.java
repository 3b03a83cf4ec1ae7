package homework.factorial;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class ProcessFactorials {

    /** Starts the worker for one number, reads its output and waits for it. One thread per child. */
    static class ChildThread extends Thread {
        final int n;
        final ProcessBuilder builder;
        volatile Process process;
        volatile BigInteger value;
        volatile Exception failure;

        ChildThread(int n, ProcessBuilder builder) {
            super("child-" + n);
            this.n = n;
            this.builder = builder;
        }

        @Override
        public void run() {
            try {
                process = builder.start();
                String line;
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                    line = out.readLine();
                    while (out.readLine() != null) {
                        // ignore anything after the first line, but read to the end
                    }
                }
                int code = process.waitFor();
                if (code != 0) {
                    throw new IOException("child for " + n + " exited with code " + code);
                }
                String prefix = n + "! = ";
                if (line == null || !line.startsWith(prefix)) {
                    throw new IOException("child for " + n + " printed " + line);
                }
                value = new BigInteger(line.substring(prefix.length()).trim());
            } catch (Exception e) {
                failure = e;
                Process p = process;
                if (p != null) {
                    p.destroyForcibly();
                    try {
                        p.waitFor();
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
    }

    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + "/bin/java");
        String classPath = System.getProperty("java.class.path");

        List<ChildThread> children = new ArrayList<>();
        for (int n = 1; n <= max; n++) {
            ProcessBuilder pb = new ProcessBuilder(java, "-cp", classPath, "homework.factorial.FactorialWorker", "" + n);
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            children.add(new ChildThread(n, pb));
        }
        for (ChildThread child : children) {
            child.start();
        }
        for (ChildThread child : children) {
            child.join();
        }

        Map<Integer, BigInteger> result = new TreeMap<>();
        for (ChildThread child : children) {
            if (child.failure != null) {
                throw new IOException("factorial of " + child.n + " failed: " + child.failure.getMessage(), child.failure);
            }
            result.put(child.n, child.value);
        }
        return result;
    }

    public static void main(String[] args) throws Exception {
        System.out.println(compute(10));
    }
}
