package homework.factorial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Every child gets two plain reader threads, one per output stream, so that no pipe can ever fill up. */
public class ProcessFactorials {

    /** Copies a stream to memory until its end. */
    private static final class Drain implements Runnable {
        private final InputStream in;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile IOException failure;

        Drain(InputStream in) {
            this.in = in;
        }

        @Override
        public void run() {
            try (in) {
                in.transferTo(bytes);
            } catch (IOException e) {
                failure = e;
            }
        }

        String text() throws IOException {
            if (failure != null) {
                throw failure;
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException("max < 1: " + max);
        }
        String java = System.getProperty("java.home") + "/bin/java";
        String cp = System.getProperty("java.class.path");

        Process[] children = new Process[max + 1];
        Drain[] outs = new Drain[max + 1];
        Drain[] errs = new Drain[max + 1];
        Thread[] readers = new Thread[2 * (max + 1)];
        try {
            for (int n = 1; n <= max; n++) {
                children[n] = new ProcessBuilder(java, "-cp", cp, "homework.factorial.FactorialWorker", String.valueOf(n)).start();
                outs[n] = new Drain(children[n].getInputStream());
                errs[n] = new Drain(children[n].getErrorStream());
                readers[2 * n] = new Thread(outs[n]);
                readers[2 * n + 1] = new Thread(errs[n]);
                readers[2 * n].start();
                readers[2 * n + 1].start();
            }
            for (Thread reader : readers) {
                if (reader != null) {
                    reader.join();
                }
            }
            Map<Integer, BigInteger> result = new HashMap<>();
            for (int n = 1; n <= max; n++) {
                int code = children[n].waitFor();
                if (code != 0) {
                    throw new IOException("worker " + n + " failed with exit code " + code + ": " + errs[n].text().trim());
                }
                String out = outs[n].text().trim();
                String prefix = n + "! = ";
                if (!out.startsWith(prefix)) {
                    throw new IOException("worker " + n + " printed an unexpected line: " + out);
                }
                try {
                    result.put(n, new BigInteger(out.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    throw new IOException("worker " + n + " printed an unreadable value: " + out, e);
                }
            }
            return result;
        } catch (IOException | InterruptedException | UncheckedIOException | Error e) {
            for (Process p : children) {
                if (p != null) {
                    p.destroyForcibly();
                }
            }
            for (Process p : children) {
                if (p != null) {
                    p.waitFor();
                }
            }
            throw e;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<Integer, BigInteger> result = compute(10);
        for (int n = 1; n <= 10; n++) {
            System.out.println(n + "! = " + result.get(n));
        }
    }
}
