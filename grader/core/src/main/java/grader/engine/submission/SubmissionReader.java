package grader.engine.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Copies a submission, a folder or a {@code .zip} of one, into a scratch folder and reads its Java files.
 *
 * <p>A submission is never graded in place: its code runs in the copy, so it cannot read or change its
 * neighbours. Only {@code .java} files are copied (the grader compiles them itself), without following links;
 * a zip entry that would land outside the scratch folder ("zip slip") makes the archive invalid.
 *
 * <pre>{@code
 * Submission s = new SubmissionReader().read(Path.of("submissions/reference"), Files.createTempDirectory("g"));
 * }</pre>
 */
public final class SubmissionReader {

    /** Limits that keep a hostile archive from filling the disk. */
    public record Limits(long maxFileBytes, long maxTotalBytes, int maxFiles) {
        public static final Limits DEFAULT = new Limits(1 << 20, 16 << 20, 2000);
    }

    private final Limits limits;

    public SubmissionReader() {
        this(Limits.DEFAULT);
    }

    public SubmissionReader(Limits limits) {
        this.limits = limits;
    }

    /** The name of a submission at {@code path}: its file name without {@code .zip}. */
    public static String nameOf(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        String file = name == null ? "submission" : name.toString();
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? file.substring(0, file.length() - 4)
                : file;
    }

    public Submission read(Path path, Path scratch) throws IOException {
        if (!Files.exists(path)) {
            throw new InvalidSubmissionException("there is no file or folder " + path);
        }
        Path copy = Files.createDirectories(scratch.toAbsolutePath().normalize().resolve("src"));
        List<String> notes = new ArrayList<>();
        if (Files.isDirectory(path)) {
            copyFolder(path, copy);
        } else if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            unzip(path, copy);
        } else {
            throw new InvalidSubmissionException(path + " is neither a folder nor a .zip file");
        }
        List<SourceFile> sources = new ArrayList<>();
        try (var files = Files.walk(copy)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                var decoded = SourceDecoder.decode(Files.readAllBytes(file));
                String shown = copy.relativize(file).toString().replace('\\', '/');
                sources.add(new SourceFile(file, shown, decoded.text(), decoded.note()));
                if (!decoded.note().isEmpty()) {
                    notes.add(shown + ": " + decoded.note() + ".");
                }
            }
        }
        if (sources.isEmpty()) {
            throw new InvalidSubmissionException("it holds no .java file");
        }
        return new Submission(nameOf(path), scratch, sources, notes);
    }

    private void copyFolder(Path from, Path to) throws IOException {
        var budget = new Budget();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && isJava(from.relativize(file).toString().replace('\\', '/'))
                        && !Files.isSymbolicLink(file)) {
                    budget.take(attrs.size(), file.toString());
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void unzip(Path zip, Path to) throws IOException {
        var budget = new Budget();
        try (InputStream raw = Files.newInputStream(zip); var in = new ZipInputStream(raw)) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = in.getNextEntry()) != null) {
                any = true;
                Path target = to.resolve(entry.getName()).normalize();
                if (!target.startsWith(to)) {
                    throw new InvalidSubmissionException("the archive has an entry that points outside it: "
                            + entry.getName());
                }
                if (entry.isDirectory() || !isJava(entry.getName())) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                byte[] bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
                budget.take(bytes.length, entry.getName());
                Files.write(target, bytes);
            }
            if (!any) {
                throw new InvalidSubmissionException(zip.getFileName() + " is not a zip archive, or it is empty");
            }
        } catch (InvalidSubmissionException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            // a truncated archive ends in an EOFException, a strange one in a clash of names: all unreadable
            throw new InvalidSubmissionException(zip.getFileName() + " is not a readable zip archive: " + e, e);
        }
    }

    private static boolean isJava(String name) {
        return name.endsWith(".java") && !name.contains("__MACOSX");
    }

    /** Counts files and bytes against the limits. */
    private final class Budget {
        private long bytes;
        private int files;

        void take(long size, String what) throws InvalidSubmissionException {
            if (size > limits.maxFileBytes()) {
                throw new InvalidSubmissionException(what + " is larger than " + limits.maxFileBytes() + " bytes");
            }
            bytes += size;
            files++;
            if (bytes > limits.maxTotalBytes() || files > limits.maxFiles()) {
                throw new InvalidSubmissionException("the submission has more than " + limits.maxFiles()
                        + " Java files or " + limits.maxTotalBytes() + " bytes of them");
            }
        }
    }
}
