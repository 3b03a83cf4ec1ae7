package grader.engine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Another grader, as far as the phases go: {@code PhaseHolder FILE busy|timed} enters the phase through the
 * machine lock on FILE, prints {@code in}, and leaves when a line (or the end) arrives on its input.
 */
public final class PhaseHolder {

    private PhaseHolder() {}

    public static void main(String[] args) throws Exception {
        var gate = new PhaseGate(MachineLock.open(Path.of(args[0]), Duration.ofSeconds(60)));
        try (PhaseGate.Pass pass = gate.enter(PhaseGate.Phase.valueOf(args[1].toUpperCase(java.util.Locale.ROOT)))) {
            System.out.println("in");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }
}
