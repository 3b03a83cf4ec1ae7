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
 * untrusted code, so only records and enums of the probe's packages (every assignment's evidence lives there)
 * and the few JDK value types they hold may be created, within size and depth limits. A record is rebuilt
 * through its canonical constructor, so no hand-written {@code readObject} ever runs.
 */
public final class EvidenceCodec {

    private static final ObjectInputFilter LIMITS = ObjectInputFilter.Config.createFilter(
            "maxdepth=16;maxrefs=5000000;maxbytes=67108864;maxarray=1000000");

    private static final ObjectInputFilter JDK_VALUES = ObjectInputFilter.Config.createFilter(String.join(";",
            "java.util.ArrayList", "java.util.TreeMap", "java.lang.Object", "java.lang.Enum", "java.lang.Number",
            "java.lang.Long", "java.lang.Integer", "java.lang.Boolean", "java.lang.String", "java.math.BigInteger",
            "[B", "[I", "!*"));

    private static final ObjectInputFilter FILTER = EvidenceCodec::check;

    private static ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
        if (LIMITS.checkInput(info) == ObjectInputFilter.Status.REJECTED) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        if (type.getName().startsWith("grader.probe.") && (type.isRecord() || type.isEnum())) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        // a primitive array is undecided (the pattern filter judges an array by its element type): allowed
        return JDK_VALUES.checkInput(info);
    }

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
