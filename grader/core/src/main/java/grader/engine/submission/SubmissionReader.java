package grader.engine.submission;

import grader.text.Localized;
import grader.text.Message;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a submission, a folder or an archive of one, into a scratch folder and reads its Java files.
 *
 * <p>A submission is never graded in place: its code runs in the copy, so it cannot read or change its
 * neighbours. Only {@code .java} files are copied (the grader compiles them itself), without following links,
 * each keeping its modification time. Archives (zip, 7z) inside are unpacked into a folder named after them, so a
 * Moodle download whose student folder holds only {@code lab4.zip} is read as {@code lab4.zip/...}; an entry that
 * would land outside the scratch folder ("zip slip"), a link, or more than the {@link Limits} allow makes the
 * submission invalid, and a RAR archive is named as one the grader cannot unpack.
 *
 * <pre>{@code
 * Submission s = new SubmissionReader().read(Path.of("submissions/reference"), Files.createTempDirectory("g"));
 * }</pre>
 */
public final class SubmissionReader {

    /**
     * Limits that keep a hostile submission from filling the disk.
     *
     * @param maxFileBytes the largest file kept
     * @param maxTotalBytes what all files kept and all archives inside take in all
     * @param maxFiles how many files are kept
     * @param maxEntries how many entries all archives may hold together, whatever is kept of them
     * @param maxDepth how deep archives are unpacked: 1 for an archive in the submission, 2 for one inside it
     */
    public record Limits(long maxFileBytes, long maxTotalBytes, int maxFiles, int maxEntries, int maxDepth) {
        public static final Limits DEFAULT = new Limits(1 << 20, 16 << 20, 2000, 20_000, 3);

        /** Limits on files alone, with the default limits on entries and depth. */
        public Limits(long maxFileBytes, long maxTotalBytes, int maxFiles) {
            this(maxFileBytes, maxTotalBytes, maxFiles, DEFAULT.maxEntries(), DEFAULT.maxDepth());
        }
    }

    private final Limits limits;

    public SubmissionReader() {
        this(Limits.DEFAULT);
    }

    public SubmissionReader(Limits limits) {
        this.limits = limits;
    }

    /** The name of a submission at {@code path}: its file name without an archive's extension. */
    public static String nameOf(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        String file = name == null ? "submission" : name.toString();
        return ArchiveFormat.byName(file).map(f -> f.strip(file)).orElse(file);
    }

    public Submission read(Path path, Path scratch) throws IOException {
        if (!Files.exists(path)) {
            throw new InvalidSubmissionException(Message.of("engine.no-such-path", "path", path.toString()));
        }
        Path copy = Files.createDirectories(scratch.toAbsolutePath().normalize().resolve("src"));
        var budget = new ExpansionBudget(limits, Message.of("engine.files.java"));
        var expander = new ArchiveExpander(ArchiveExpander.Content.SOURCES, budget);
        if (Files.isDirectory(path)) {
            copyFolder(path, copy, budget, expander);
        } else if (ArchiveFormat.byName(path.getFileName().toString()).isPresent()) {
            expander.expandSubmission(path, path.getFileName().toString(), copy);
        } else {
            throw new InvalidSubmissionException(Message.of("engine.not-a-submission", "path", path.toString()));
        }
        List<Localized> notes = new ArrayList<>(expander.notes());
        expander.unreadable().forEach(why -> notes.add(Localized.by(language -> why.in(language) + ".")));
        List<SourceFile> sources = new ArrayList<>();
        try (var files = Files.walk(copy)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                var decoded = SourceDecoder.decode(Files.readAllBytes(file));
                String shown = copy.relativize(file).toString().replace('\\', '/');
                sources.add(new SourceFile(file, shown, decoded.text(), decoded.note(),
                        Files.getLastModifiedTime(file).toInstant()));
                if (!decoded.note().isEmpty()) {
                    // the decoder's one note: the file was not UTF-8
                    notes.add(Localized.of("engine.decoded-1251", "file", shown));
                }
            }
        }
        if (sources.isEmpty()) {
            // a RAR archive is the likeliest reason nothing was found: say that rather than "no .java file"
            throw new InvalidSubmissionException(expander.unreadable().isEmpty()
                    ? Localized.of("engine.no-java") : expander.unreadable().get(0), null);
        }
        return new Submission(nameOf(path), scratch, sources, notes);
    }

    private static void copyFolder(Path from, Path to, ExpansionBudget budget, ArchiveExpander expander)
            throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String relative = from.relativize(file).toString().replace('\\', '/');
                if (!attrs.isRegularFile() || Files.isSymbolicLink(file) || isMacMetadata(relative)) {
                    return FileVisitResult.CONTINUE;
                }
                Path target = to.resolve(from.relativize(file).toString());
                if (isJava(relative)) {
                    budget.takeFile(attrs.size(), file.toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
                    Files.setLastModifiedTime(target, attrs.lastModifiedTime());
                } else if (ArchiveFormat.byName(relative).isPresent()) {
                    expander.expand(file, relative, target);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static boolean isJava(String name) {
        return name.endsWith(".java") && !isMacMetadata(name);
    }

    /** What macOS adds to a zip or a copied folder: {@code __MACOSX/} and {@code ._Name} resource forks. */
    static boolean isMacMetadata(String path) {
        return path.contains("__MACOSX") || path.startsWith("._") || path.contains("/._");
    }
}
