package grader.engine.submission;

import grader.text.Message;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what a submission expands to against its {@link SubmissionReader.Limits}, before anything is written:
 * bytes are read at most one past what is left, so a zip bomb costs no more than the budget.
 */
final class ExpansionBudget {

    private final SubmissionReader.Limits limits;
    /** What the files are called in a message: "Java files" for a submission, "files" for a class download. */
    private final Message files;
    private long bytes;
    private int fileCount;
    private int entries;

    ExpansionBudget(SubmissionReader.Limits limits, Message files) {
        this.limits = limits;
        this.files = files;
    }

    SubmissionReader.Limits limits() {
        return limits;
    }

    /** Takes the entries of one archive, before any of them is read. */
    void takeEntries(int count, String archive) throws InvalidSubmissionException {
        entries += count;
        if (entries > limits.maxEntries()) {
            throw new InvalidSubmissionException(Message.of("engine.archive.too-many-entries", "archive", archive,
                    "max", limits.maxEntries()));
        }
    }

    /** Checks that an archive found at {@code depth} (1 for one inside the submission) may still be unpacked. */
    void checkDepth(int depth, String archive) throws InvalidSubmissionException {
        if (depth > limits.maxDepth()) {
            throw new InvalidSubmissionException(Message.of("engine.archive.too-deep", "archive", archive, "depth",
                    depth, "max", limits.maxDepth()));
        }
    }

    /** Takes a file of {@code size} bytes whose bytes are already known. */
    void takeFile(long size, String what) throws InvalidSubmissionException {
        if (size > limits.maxFileBytes()) {
            throw new InvalidSubmissionException(Message.of("engine.archive.file-too-large", "file", what, "max",
                    limits.maxFileBytes()));
        }
        takeBytes(size);
        fileCount++;
        if (fileCount > limits.maxFiles()) {
            throw overTotal();
        }
    }

    /** Reads one file's bytes, at most one past the per-file limit, and takes them. */
    byte[] readFile(InputStream in, String what) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        takeFile(data.length, what);
        return data;
    }

    /** The bytes left of the total, for a file copied in pieces. */
    long bytesLeft() {
        return limits.maxTotalBytes() - bytes;
    }

    /** Reads a nested archive's bytes, at most one past what is left of the total, and takes them. */
    byte[] readArchive(InputStream in) throws IOException {
        long left = limits.maxTotalBytes() - bytes;
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, left + 1));
        takeBytes(data.length);
        return data;
    }

    /** Checks what an archive says it holds in all, for formats that must decompress entries they skip. */
    void checkDeclared(long declaredBytes, String archive) throws InvalidSubmissionException {
        if (declaredBytes > 16 * limits.maxTotalBytes()) {
            throw new InvalidSubmissionException(Message.of("engine.archive.declared", "archive", archive,
                    "declared", declaredBytes, "max", limits.maxTotalBytes()));
        }
    }

    private void takeBytes(long size) throws InvalidSubmissionException {
        bytes += size;
        if (bytes > limits.maxTotalBytes()) {
            throw overTotal();
        }
    }

    private InvalidSubmissionException overTotal() {
        return new InvalidSubmissionException(Message.of("engine.archive.over-total", "max", limits.maxFiles(),
                "files", files, "bytes", limits.maxTotalBytes()));
    }
}
