package grader.engine.submission;

import java.nio.file.Path;

/**
 * One Java source file of a submission, decoded.
 *
 * @param path where it is in the scratch copy
 * @param shownPath its path inside the submission, as shown to the student
 * @param text its text
 * @param encodingNote how it was decoded when that needs saying (e.g. read as Windows-1251), else empty
 */
public record SourceFile(Path path, String shownPath, String text, String encodingNote) {}
