package grader.probe.calls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * One call for the probe to make: the assignment's typed inputs and the common options, carried to the student's
 * JVM as one Base64 word on its command line (the grader wrote it, so the probe may trust what it reads).
 */
public record CallRequest(CallArguments arguments, CallOptions options) implements Serializable {

    /** The request as one word of Base64. */
    public String encode() {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** The request {@link #encode()} wrote. */
    public static CallRequest decode(String word) {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(word)))) {
            return (CallRequest) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalArgumentException("not a call request: " + e, e);
        }
    }
}
