package grader.probe;

import grader.probe.calls.CallRequest;
import grader.probe.evidence.EvidenceCodec;
import grader.probe.watch.ProcessWatcher;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of the student's JVM: makes one call and reports its evidence.
 *
 * <pre>{@code
 * echo NONCE | java -XX:ActiveProcessorCount=4 -cp probe.jar:student-classes grader.probe.ProbeMain \
 *     BASE64-OF-A-CALL-REQUEST
 * }</pre>
 *
 * <p>The grader writes a fresh nonce on standard input; the evidence goes to the real standard output as one line
 * {@code NONCE BASE64}. The student's {@code System.out} is captured, so nothing the student prints can pass for
 * evidence. The JVM then halts, whatever threads the student left running.
 */
public final class ProbeMain {

    private ProbeMain() {}

    public static void main(String[] args) throws Exception {
        Thread.currentThread().setName("grader-probe");
        String nonce = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        var evidenceOut = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        String line = EvidenceCodec.encode(new CallRunner(CallRequest.decode(args[0])).run());
        evidenceOut.print("\n" + nonce + " " + line + "\n");
        evidenceOut.flush();
        ProcessWatcher.killDescendants();
        Runtime.getRuntime().halt(0);
    }
}
