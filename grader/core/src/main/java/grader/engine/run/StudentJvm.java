package grader.engine.run;

import grader.rubric.CapBreach;
import grader.rubric.ProgramRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts a JVM that runs student code, and stops it and every process it started when its time is up.
 *
 * <p>The JVM reports 4 processors whatever the machine ({@code -XX:ActiveProcessorCount=4}: the common ForkJoin
 * pool then has parallelism 3), so that a verdict never depends on the machine. It gets a clean environment (no
 * {@code JAVA_TOOL_OPTIONS} or class path leaking in from the grader's), its scratch folder as working and
 * temporary folder (a crash log lands there), a heap cap, and the {@link Sandbox}'s confinement.
 *
 * <pre>{@code
 * ProgramRun run = new StudentJvm(Settings.defaults()).run(new Launch(List.of(classes),
 *     "homework.factorial.FactorialWorker", List.of("25"), scratch, Map.of(), "", Duration.ofSeconds(20)));
 * }</pre>
 */
public final class StudentJvm {

    /**
     * How student JVMs are started.
     *
     * @param java the {@code java} executable (by default the one running the grader)
     * @param options JVM options for every student JVM
     * @param sandbox what confines it
     * @param keepBytes how much of each output stream is kept
     */
    public record Settings(Path java, List<String> options, Sandbox sandbox, int keepBytes) {
        public Settings {
            options = List.copyOf(options);
        }

        public static Settings defaults() {
            Path java = Path.of(ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            return new Settings(java, List.of("-XX:ActiveProcessorCount=4", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Xmx256m", "-Xss1m", "-XX:-UsePerfData", "-Dfile.encoding=UTF-8",
                    "-Dstdout.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8"), Sandbox.NONE, 16 << 20);
        }

        public Settings withSandbox(Sandbox other) {
            return new Settings(java, options, other, keepBytes);
        }
    }

    /**
     * One program to run.
     *
     * @param classpath its class path
     * @param mainClass the class whose {@code main} runs
     * @param args its arguments
     * @param scratch its working folder, the only one it should write to
     * @param extraEnv environment variables to add to the clean environment
     * @param stdin what to write on its standard input (then it is closed)
     * @param limit how long it may run before it is killed with everything it started
     * @param alsoVisible files it must be able to read besides the JDK and its class path (an agent jar)
     * @param jvmOptions options before the main class, besides the grader's own (an assignment's)
     */
    public record Launch(List<Path> classpath, String mainClass, List<String> args, Path scratch,
            Map<String, String> extraEnv, String stdin, Duration limit, List<Path> alsoVisible,
            List<String> jvmOptions) {

        public Launch {
            alsoVisible = List.copyOf(alsoVisible);
            jvmOptions = List.copyOf(jvmOptions);
        }

        public Launch(List<Path> classpath, String mainClass, List<String> args, Path scratch,
                Map<String, String> extraEnv, String stdin, Duration limit) {
            this(classpath, mainClass, args, scratch, extraEnv, stdin, limit, List.of(), List.of());
        }
    }

    private final Settings settings;

    public StudentJvm(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** The JDK the student's JVMs run on: the folder above {@code bin/java}. */
    private Path javaHome() {
        Path bin = settings.java().toAbsolutePath().getParent();
        return bin.getParent() == null ? bin : bin.getParent();
    }

    public ProgramRun run(Launch launch) throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(launch.scratch().resolve("tmp"));
        List<String> command = new ArrayList<>();
        command.add(settings.java().toString());
        command.addAll(settings.options());
        command.add("-XX:ErrorFile=" + launch.scratch().resolve("hs_err_pid%p.log"));
        command.add("-Djava.io.tmpdir=" + tmp);
        command.addAll(launch.jvmOptions());
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, launch.classpath().stream().map(Path::toString).toList()));
        command.add(launch.mainClass());
        command.addAll(launch.args());

        List<Path> visible = new ArrayList<>(launch.classpath());
        visible.add(javaHome());
        visible.addAll(launch.alsoVisible());
        settings.sandbox().prepare(launch.scratch());
        var builder = new ProcessBuilder(settings.sandbox().wrap(command, launch.scratch(), visible))
                .directory(launch.scratch().toFile());
        Map<String, String> env = builder.environment();
        Map<String, String> keep = new LinkedHashMap<>();
        keep.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        keep.put("LANG", "C.UTF-8");
        keep.put("HOME", launch.scratch().toString());
        keep.put("TMPDIR", tmp.toString());
        // Windows: a JVM without SystemRoot cannot open sockets or seed its SecureRandom; its temporary folder is TEMP
        for (String name : List.of("SystemRoot", "windir")) {
            String value = System.getenv(name);
            if (value != null) {
                keep.put(name, value);
            }
        }
        if (java.io.File.separatorChar == '\\') {
            keep.put("TEMP", tmp.toString());
            keep.put("TMP", tmp.toString());
            keep.put("USERPROFILE", launch.scratch().toString());
        }
        env.clear();
        env.putAll(keep);
        env.putAll(launch.extraEnv());

        long started = System.nanoTime();
        try {
            Process process = builder.start();
            var stdout = new BoundedOutput(process.getInputStream(), settings.keepBytes(), "student-stdout");
            var stderr = new BoundedOutput(process.getErrorStream(), 64 * 1024, "student-stderr");
            try (OutputStream in = process.getOutputStream()) {
                in.write(launch.stdin().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // it ended before reading its input: its exit status will say why
            }
            boolean ended;
            try {
                ended = process.waitFor(launch.limit().toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                ProcessTree.kill(process.toHandle());
            }
            process.waitFor(5, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - started) / 1_000_000;
            String out = stdout.text(2000);
            String err = stderr.text(2000);
            // read once every process of the call is gone
            Optional<CapBreach> breach = settings.sandbox().finish(launch.scratch());
            return new ProgramRun(ended ? process.exitValue() : -1, !ended, out, err, millis, breach.orElse(null));
        } finally {
            // releases the call's budget when an exception came first; a second finish finds nothing to do
            settings.sandbox().finish(launch.scratch());
        }
    }
}
