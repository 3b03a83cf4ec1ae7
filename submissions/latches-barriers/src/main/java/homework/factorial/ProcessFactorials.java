package homework.factorial;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/** One reader thread per child; the caller waits on a latch that the readers count down. */
public class ProcessFactorials {

    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive");
        }
        String java = System.getProperty("java.home") + "/bin/java";
        String cp = System.getProperty("java.class.path");

        Process[] children = new Process[max];
        String[] outputs = new String[max];
        int[] exitCodes = new int[max];
        try {
            for (int i = 0; i < max; i++) {
                children[i] = new ProcessBuilder(java, "-cp", cp, "homework.factorial.FactorialWorker", Integer.toString(i + 1))
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
            }
        } catch (IOException e) {
            for (Process p : children) {
                if (p != null) {
                    p.destroyForcibly().waitFor();
                }
            }
            throw e;
        }

        CountDownLatch allExited = new CountDownLatch(max);
        for (int i = 0; i < max; i++) {
            int index = i;
            new Thread(() -> {
                try {
                    outputs[index] = new String(children[index].getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    exitCodes[index] = children[index].waitFor();
                } catch (IOException | InterruptedException e) {
                    children[index].destroyForcibly();
                    exitCodes[index] = -1;
                    outputs[index] = String.valueOf(e);
                } finally {
                    allExited.countDown();
                }
            }).start();
        }
        try {
            allExited.await();
        } catch (InterruptedException e) {
            for (Process p : children) {
                p.destroyForcibly();
            }
            throw e;
        }

        Map<Integer, BigInteger> result = new TreeMap<>();
        for (int i = 0; i < max; i++) {
            int n = i + 1;
            if (exitCodes[i] != 0) {
                throw new IOException("process for " + n + " ended with exit code " + exitCodes[i]);
            }
            String[] parts = outputs[i].trim().split(" = ");
            if (parts.length != 2 || !parts[0].equals(n + "!")) {
                throw new IOException("process for " + n + " printed unreadable output: " + outputs[i]);
            }
            try {
                result.put(n, new BigInteger(parts[1]));
            } catch (NumberFormatException e) {
                throw new IOException("process for " + n + " printed a bad number: " + parts[1], e);
            }
        }
        return result;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.out.println(compute(10));
    }
}
