package homework.factorial;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.util.Map;
import java.util.Scanner;
import java.util.TreeMap;
import java.util.regex.MatchResult;

public class ProcessFactorials {

    public static Map<Integer, BigInteger> compute(int max) throws IOException, InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException(String.format("max = %d", max));
        }
        String java = ProcessHandle.current().info().command()
                .orElseGet(() -> String.format("%s/bin/java", System.getProperty("java.home")));
        String cp = System.getProperty("java.class.path");

        Process[] ps = new Process[max + 1];
        try {
            for (int n = 1; n <= max; n++) {
                ps[n] = new ProcessBuilder(java, "-cp", cp, "homework.factorial.FactorialWorker", String.format("%d", n))
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
            }
            Map<Integer, BigInteger> out = new TreeMap<>();
            for (int n = 1; n <= max; n++) {
                String text;
                try (BufferedReader r = new BufferedReader(new InputStreamReader(ps[n].getInputStream()))) {
                    StringBuilder sb = new StringBuilder();
                    for (String line; (line = r.readLine()) != null; ) {
                        sb.append(line).append('\n');
                    }
                    text = sb.toString().trim();
                }
                int code = ps[n].waitFor();
                if (code != 0) {
                    throw new IOException(String.format("worker %d: exit code %d", n, code));
                }
                try (Scanner s = new Scanner(text)) {
                    if (s.findInLine("^(\\d+)! = (\\d+)$") == null) {
                        throw new IOException(String.format("worker %d: cannot read '%s'", n, text));
                    }
                    MatchResult m = s.match();
                    if (Integer.parseInt(m.group(1)) != n) {
                        throw new IOException(String.format("worker %d answered for %s", n, m.group(1)));
                    }
                    out.put(n, new BigInteger(m.group(2)));
                }
            }
            return out;
        } catch (IOException | InterruptedException | RuntimeException e) {
            for (Process p : ps) {
                if (p != null) {
                    p.destroyForcibly();
                }
            }
            for (Process p : ps) {
                if (p != null) {
                    p.waitFor();
                }
            }
            throw e;
        }
    }

    public static void main(String[] args) throws Exception {
        compute(10).forEach((n, f) -> System.out.printf("%d! = %d%n", n, f));
    }
}
