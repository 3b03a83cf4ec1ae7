package grader.engine.submission;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One Java source file of a submission, decoded.
 *
 * @param path where it is in the scratch copy
 * @param shownPath its path inside the submission, as shown to the student
 * @param text its text
 * @param encodingNote how it was decoded when that needs saying (e.g. read as Windows-1251), else empty
 * @param modified when the student last changed it (the file's or the archive entry's time)
 */
public record SourceFile(Path path, String shownPath, String text, String encodingNote, Instant modified) {

    /** A file whose time is unknown: it counts as older than any other. */
    public SourceFile(Path path, String shownPath, String text, String encodingNote) {
        this(path, shownPath, text, encodingNote, Instant.EPOCH);
    }
}
