package grader.engine.submission;

import grader.text.Localized;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The archive formats students upload, known by their name's extension or their first bytes. */
public enum ArchiveFormat {
    ZIP("zip", ".zip", true, new byte[] {'P', 'K'}),
    SEVEN_Z("7z", ".7z", true, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}),
    RAR("RAR", ".rar", false, new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07});

    private final String shownName;
    private final String extension;
    private final boolean unpackable;
    private final byte[] magic;

    ArchiveFormat(String shownName, String extension, boolean unpackable, byte[] magic) {
        this.shownName = shownName;
        this.extension = extension;
        this.unpackable = unpackable;
        this.magic = magic;
    }

    /** The format a file name says, by its extension (any case). */
    public static Optional<ArchiveFormat> byName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> lower.endsWith(f.extension)).findFirst();
    }

    /** The format the first bytes of a file show, if they are one of these; a renamed archive is still known. */
    static Optional<ArchiveFormat> sniff(byte[] head) {
        return Arrays.stream(values()).filter(f -> head.length >= f.magic.length
                && Arrays.equals(head, 0, f.magic.length, f.magic, 0, f.magic.length)).findFirst();
    }

    /** {@code name} without this format's extension. */
    String strip(String name) {
        return name.substring(0, name.length() - extension.length());
    }

    public boolean unpackable() {
        return unpackable;
    }

    /** Why an archive of this format was not read, as the student and the gradebook's reader see it. */
    Localized cannotUnpack(String shownPath) {
        return Localized.of("engine.archive.cannot-unpack", "file", shownPath, "format", shownName);
    }

    /** The sentence for a file named as an archive of this format whose first bytes are no archive's. */
    Localized doesNotBeginAsOne(String shownPath) {
        return Localized.of("engine.archive.does-not-begin", "file", shownPath, "format", shownName);
    }

    /** The sentence for an archive of this format that is damaged or is not what its name says. */
    Localized unreadable(String shownPath, Exception cause) {
        // the library's own words, as it wrote them
        return Localized.of("engine.archive.unreadable", "file", shownPath, "format", shownName, "reason",
                cause.getMessage() != null ? cause.getMessage() : cause.toString());
    }
}
