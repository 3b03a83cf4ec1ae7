package grader.probe.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * Carries {@link CallEvidence} from the student's JVM to the grader as one line of text.
 *
 * <p>JDK serialization of records, read back through an allow-list filter: the bytes come from a JVM that runs
 * untrusted code, so only the evidence records and the few JDK value types they hold may be created, within size
 * and depth limits.
 */
public final class EvidenceCodec {

    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(String.join(";",
            "maxdepth=16", "maxrefs=5000000", "maxbytes=67108864", "maxarray=1000000",
            "grader.probe.evidence.*",
            "java.util.ArrayList", "java.util.TreeMap", "java.lang.Object", "java.lang.Enum", "java.lang.Number", "java.lang.Long",
            "java.lang.Integer", "java.lang.Boolean", "java.lang.String", "java.math.BigInteger", "[B", "[I",
            "!*"));

    private EvidenceCodec() {}

    /** The evidence as one line of Base64. */
    public static String encode(CallEvidence evidence) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(evidence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /**
     * The evidence a line of Base64 carries.
     *
     * @throws IOException if the line is not evidence this codec wrote (corrupt, forged with other classes, too big)
     */
    public static CallEvidence decode(String line) throws IOException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(line.strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("evidence is not Base64", e);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(FILTER);
            Object read = in.readObject();
            if (read instanceof CallEvidence evidence) {
                return evidence;
            }
            throw new InvalidClassException("evidence is a " + (read == null ? "null" : read.getClass().getName()));
        } catch (ClassNotFoundException | RuntimeException e) {
            throw new IOException("unreadable evidence: " + e, e);
        }
    }
}
