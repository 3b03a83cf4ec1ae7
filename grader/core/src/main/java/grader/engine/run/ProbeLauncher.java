package grader.engine.run;

import grader.rubric.ProgramRun;
import grader.probe.ProbeMain;
import grader.probe.calls.CallRequest;
import grader.rubric.StudentJvmNeeds;
import grader.rubric.UnreportedCall;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.EvidenceCodec;
import grader.probe.evidence.Outcome;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes one call of a student's method in a fresh student JVM through the probe, and reads back its evidence.
 *
 * <p>The probe writes its evidence after a nonce the grader chose for this run, so nothing the student prints,
 * nor an early {@code System.exit(0)}, can pass for evidence: a JVM that ends without the nonce line gives
 * {@link Outcome#JVM_ENDED} (or {@link Outcome#TIMED_OUT} when it had to be killed).
 */
public final class ProbeLauncher {

    private final StudentJvm jvm;
    private final Path probeClasses;
    private final SecureRandom random = new SecureRandom();
    private final Map<Path, Path> libraries = new ConcurrentHashMap<>();

    /**
     * @param probeClasses the probe's classes (a jar or a folder), where the student's JVM can read them
     */
    public ProbeLauncher(StudentJvm jvm, Path probeClasses) {
        this.jvm = jvm;
        this.probeClasses = probeClasses;
    }

    /**
     * Copies the probe's classes into {@code folder}, so that a sandboxed user can read them wherever the grader
     * itself is installed.
     *
     * @return the copy, to give to {@link #ProbeLauncher(StudentJvm, Path)}
     */
    public static Path copyProbe(Path folder) throws IOException {
        return copyProbe(folder, probeLocation());
    }

    private static Path copyProbe(Path folder, Path source) throws IOException {
        Path target = folder.resolve(source.getFileName().toString());
        try (var files = java.nio.file.Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.createDirectories(to.getParent());
                    java.nio.file.Files.copy(p, to);
                }
            }
        }
        return target;
    }

    /** Where the probe's classes are (a jar, or a folder when run from the build). */
    public static Path probeLocation() {
        try {
            return Path.of(ProbeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the probe classes", e);
        }
    }

    /**
     * Where and how to make one call.
     *
     * @param describe the call as a student would write it, for a call that never reported
     * @param studentClasses the compiled assignment
     * @param needs the assignment's libraries and JVM options
     * @param scratch the folder this JVM may use
     * @param extraEnv environment variables for this call only
     * @param limit the call's own time limit; the JVM gets a little more to report, then is killed
     * @param alsoVisible files it must be able to read besides the JDK and its class path (an agent jar)
     */
    public record Call(String describe, Path studentClasses, StudentJvmNeeds needs, Path scratch,
            Map<String, String> extraEnv, Duration limit, List<Path> alsoVisible) {}

    /** Makes {@code request} as {@code call} says, and returns its evidence. */
    public CallEvidence call(Call call, CallRequest request) throws IOException, InterruptedException {
        String nonce = "EVIDENCE-" + HexFormat.of().formatHex(random.generateSeed(12));
        String describe = call.describe();
        List<Path> classpath = new ArrayList<>(List.of(probeClasses, call.studentClasses()));
        for (Path library : call.needs().classPath()) {
            classpath.add(readableCopy(library));
        }
        List<String> options = new ArrayList<>();
        for (Path agent : call.needs().agents()) {
            options.add("-javaagent:" + readableCopy(agent));
        }
        options.addAll(call.needs().jvmOptions());
        var words = List.of(new CallRequest(request.arguments(), request.options().withTimeout(call.limit())).encode());
        ProgramRun run = jvm.run(new StudentJvm.Launch(classpath, ProbeMain.class.getName(), words, call.scratch(),
                call.extraEnv(), nonce + "\n", call.limit().plus(Duration.ofSeconds(10)), call.alsoVisible(),
                options));
        CallEvidence evidence = evidenceOf(describe, nonce, run);
        // A call that ran out of time failed by itself, whatever it took meanwhile (a fork bomb's children are
        // killed for memory while it hangs); any other call that went past a cap fails for that, whatever it
        // reported: its writes or one of its processes failed, which its own code may have hidden.
        if (run.overCap() != null && evidence.outcome() != Outcome.TIMED_OUT) {
            return unreported(describe, Outcome.OVER_CAP, new UnreportedCall(UnreportedCall.Reason.OVER_CAP, run.exitCode(),
                    "", run.overCap()));
        }
        return evidence;
    }

    /**
     * A copy of an assignment's library beside the probe's, made once per submission, where a sandboxed user can
     * read it wherever the grader is installed.
     */
    private Path readableCopy(Path library) {
        return libraries.computeIfAbsent(library, l -> {
            try {
                return copyProbe(probeClasses.getParent().resolve("libraries"), l);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Evidence of a call that never reported, with the reason the reports word in the reader's language. */
    private static CallEvidence unreported(String describe, Outcome outcome, UnreportedCall why) {
        return new CallEvidence(describe, outcome, -1, null, -1, List.of(), List.of(), List.of(), why, null, "", "",
                -1);
    }

    private static CallEvidence evidenceOf(String describe, String nonce, ProgramRun run) {
        String marker = "\n" + nonce + " ";
        int at = run.stdout().lastIndexOf(marker);
        if (at >= 0) {
            int end = run.stdout().indexOf('\n', at + marker.length());
            String line = run.stdout().substring(at + marker.length(), end < 0 ? run.stdout().length() : end);
            try {
                return EvidenceCodec.decode(line);
            } catch (IOException e) {
                return unreported(describe, Outcome.JVM_ENDED,
                        new UnreportedCall(UnreportedCall.Reason.UNREADABLE, run.exitCode(), e.getMessage(), null));
            }
        }
        if (run.timedOut()) {
            return unreported(describe, Outcome.TIMED_OUT,
                    new UnreportedCall(UnreportedCall.Reason.KILLED, run.exitCode(), "", null));
        }
        return unreported(describe, Outcome.JVM_ENDED,
                new UnreportedCall(UnreportedCall.Reason.ENDED, run.exitCode(), tail(run.stderr()), null));
    }

    private static String tail(String stderr) {
        String s = stderr.strip();
        if (s.isEmpty()) {
            return "";
        }
        return s.length() > 400 ? "..." + s.substring(s.length() - 400) : s;
    }
}
