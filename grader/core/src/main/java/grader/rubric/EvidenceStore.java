package grader.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps each task's {@link TaskEvidence} in a file of a run's evidence folder, where the rubric's checks read it.
 *
 * <p>The engine gathers evidence, the JUnit Launcher runs the checks: a file between them is the one channel the
 * Launcher offers that needs no static state, and it leaves the evidence behind for an instructor to inspect.
 */
public final class EvidenceStore {

    /** The Launcher configuration parameter that names the evidence file of the assignment being judged. */
    public static final String FILE_PARAMETER = "grader.evidence.file";

    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(String.join(";",
            "maxdepth=20", "grader.**", "java.util.ArrayList", "java.util.LinkedHashMap", "java.util.HashMap",
            "java.util.TreeMap", "java.time.Ser", "java.time.Duration", "java.util.Map$Entry", "java.lang.Object", "java.lang.Enum", "java.lang.Number", "java.lang.Long",
            "java.lang.Integer", "java.lang.Boolean", "java.lang.String", "java.math.BigInteger", "[B", "[I",
            "!*"));

    private EvidenceStore() {}

    public static Path fileOf(Path folder, int assignment) {
        return folder.resolve("task" + assignment + ".evidence");
    }

    public static void write(Path folder, TaskEvidence evidence) throws IOException {
        Files.createDirectories(folder);
        try (OutputStream file = Files.newOutputStream(fileOf(folder, evidence.assignment()));
                var out = new ObjectOutputStream(file)) {
            out.writeObject(evidence);
        }
    }

    public static TaskEvidence read(Path evidenceFile) throws IOException {
        try (InputStream file = Files.newInputStream(evidenceFile); var in = new ObjectInputStream(file)) {
            in.setObjectInputFilter(FILTER);
            return (TaskEvidence) in.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("unreadable evidence in " + evidenceFile, e);
        }
    }
}
