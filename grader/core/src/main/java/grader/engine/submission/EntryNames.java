package grader.engine.submission;

import grader.text.Message;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/** The names of archive entries: decoded whatever tool wrote them, and refused when they leave the archive. */
final class EntryNames {

    /** Windows Explorer writes zip names in the DOS code page, CP866 on a Russian Windows, without a UTF-8 flag. */
    private static final Charset CP866 = Charset.forName("IBM866");

    /** @param text the decoded name; @param cp866 whether it was not UTF-8 and was read as CP866 */
    record Decoded(String text, boolean cp866) {}

    private EntryNames() {}

    /**
     * A zip entry's name: UTF-8 when the entry says so (its flag or an Info-ZIP Unicode path field), else UTF-8 if
     * its bytes are valid UTF-8 (macOS and Linux tools write them so without the flag), else CP866.
     */
    static Decoded decode(ZipArchiveEntry entry) {
        if (entry.getGeneralPurposeBit().usesUTF8ForNames()
                || entry.getExtraField(UnicodePathExtraField.UPATH_ID) != null) {
            return new Decoded(entry.getName(), false);
        }
        byte[] raw = entry.getRawName();
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString(), false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(raw, CP866), true);
        }
    }

    /**
     * The entry's path relative to the archive ({@code a/b/C.java}), with {@code \} read as {@code /}; empty for
     * the archive's root. An absolute path, a drive letter or a {@code ..} part is refused: it points outside.
     */
    static String relative(String name, String archive) throws InvalidSubmissionException {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
            throw outside(name, archive);
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                throw outside(name, archive);
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /** The sentence for an entry whose path leaves the archive. */
    static InvalidSubmissionException outside(String name, String archive) {
        return new InvalidSubmissionException(Message.of("engine.archive.outside", "archive", archive, "name", name));
    }

    /** The sentence for a link inside an archive, which could point anywhere once unpacked. */
    static InvalidSubmissionException link(String name, String archive) {
        return new InvalidSubmissionException(Message.of("engine.archive.link", "archive", archive, "name", name));
    }
}
