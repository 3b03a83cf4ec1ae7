package grader.engine.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Confines what a student's processes may open with Linux Landlock (5.13 and later), where bubblewrap cannot run:
 * the system's libraries and configuration, the JDK, the probe and the call's own class path may be read, its own
 * folder written, and nothing else opened, listed or created: not the repository, not other submissions, not
 * {@code /tmp}. The rules bind every process the call starts, and cannot be lifted.
 *
 * <p>The rules are set by a small Python script ({@code landlock-exec.py}, run with the machine's
 * {@code python3}) that then replaces itself with the JVM: Java 17 has no way to make these system calls, the
 * student's own JVM cannot confine all of its threads (a finalizer thread would stay free), and no C compiler or
 * prebuilt binary can be relied on, whereas a course image nearly always has Python.
 */
public final class Landlock {

    /** Where a system's own Python is; one under {@code /root} or a home folder cannot be read by a slot's user. */
    private static final List<Path> PYTHONS = List.of(Path.of("/usr/bin/python3"), Path.of("/usr/local/bin/python3"),
            Path.of("/bin/python3"));

    /**
     * What any JVM needs, whoever runs it: shared libraries and the system's configuration (read-only, as inside
     * bubblewrap), and {@code /proc} and {@code /sys} (the JVM reads its limits there).
     */
    private static final List<String> SYSTEM = List.of("/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/etc",
            "/proc", "/sys");
    /** The harmless devices, to read and write: {@code ProcessBuilder.Redirect.DISCARD} writes to /dev/null. */
    private static final List<String> DEVICES = List.of("/dev/null", "/dev/zero", "/dev/full", "/dev/random",
            "/dev/urandom");

    private final Path python;
    private final String script;

    private Landlock(Path python, String script) {
        this.python = python;
        this.script = script;
    }

    /** The helper, if this machine has a system {@code python3}; whether the kernel allows Landlock is tried later. */
    public static Optional<Landlock> find() {
        return PYTHONS.stream().filter(Files::isExecutable).findFirst().map(p -> new Landlock(p, script()));
    }

    /**
     * The words to put before {@code command} so that it runs confined.
     *
     * @param readable what it may read besides the system (the JDK, its class path)
     * @param writable the one folder it may change
     */
    public List<String> prefix(List<Path> readable, Path writable) {
        List<String> words = new ArrayList<>(List.of(python.toString(), "-I", "-S", "-c", script, "--read"));
        words.addAll(SYSTEM);
        readable.forEach(p -> words.add(p.toAbsolutePath().normalize().toString()));
        words.add("--device");
        words.addAll(DEVICES);
        words.add("--write");
        words.add(writable.toAbsolutePath().normalize().toString());
        words.add("--");
        return words;
    }

    private static String script() {
        try (InputStream in = Landlock.class.getResourceAsStream("landlock-exec.py")) {
            if (in == null) {
                throw new IllegalStateException("landlock-exec.py is missing from the grader's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
