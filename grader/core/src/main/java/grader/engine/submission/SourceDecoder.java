package grader.engine.submission;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a source file as the contract says: UTF-8, a byte-order mark ignored; a file that is not valid UTF-8 is
 * read as Windows-1251, the usual encoding of Russian Windows editors, and the feedback says so.
 */
public final class SourceDecoder {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** @param text the decoded text; @param note empty for UTF-8, else a sentence for the student */
    public record Decoded(String text, String note) {}

    private SourceDecoder() {}

    public static Decoded decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(content).toString(), "");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, skip, bytes.length - skip, WINDOWS_1251),
                    "not valid UTF-8, so it was read as Windows-1251; save your files as UTF-8");
        }
    }
}
