package grader.engine.submission;

import grader.text.Language;
import grader.text.Localized;
import grader.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Unpacks one archive (zip or 7z) into a folder, within an {@link ExpansionBudget}.
 *
 * <p>Every entry's name is checked before anything is written: an absolute or {@code ..} path, a link, or more
 * entries than the budget allows refuses the whole archive. Each file is read at most one byte past what the
 * budget has left, so a zip bomb is refused after at most that much. For {@link Content#SOURCES} only Java files
 * are written, and archives inside are unpacked in turn (into a folder named after them) up to the depth limit;
 * for {@link Content#EVERYTHING} (a class download) every file is written as it is, archives unopened.
 */
public final class ArchiveExpander {

    /** What of an archive is kept. */
    enum Content { SOURCES, EVERYTHING }

    private static final int HEAD = 8;
    private static final int SEVEN_Z_MEMORY_KIB = 64 * 1024;

    private final Content content;
    private final ExpansionBudget budget;
    private final List<Localized> notes = new ArrayList<>();
    private final List<Localized> unreadable = new ArrayList<>();

    ArchiveExpander(Content content, ExpansionBudget budget) {
        this.content = content;
        this.budget = budget;
    }

    /** Sentences for the student about how archives were read (names decoded as CP866, for one). */
    List<Localized> notes() {
        return List.copyOf(notes);
    }

    /** Why archives of a format the grader cannot unpack (RAR) were left unread, one sentence each. */
    List<Localized> unreadable() {
        return List.copyOf(unreadable);
    }

    /**
     * Unpacks every file of a class download (Moodle's or Canvas's zip of all submissions) into {@code into}, as
     * it is: the archives students uploaded stay archives, to be read as submissions.
     */
    public static void unpackClass(Path archive, Path into, SubmissionReader.Limits limits) throws IOException {
        new ArchiveExpander(Content.EVERYTHING, new ExpansionBudget(limits, Message.of("engine.files.all")))
                .expandSubmission(archive, archive.getFileName().toString(), into);
    }

    /** Unpacks the archive that is the submission itself into {@code into}; a damaged one is invalid. */
    void expandSubmission(Path archive, String shown, Path into) throws IOException {
        try {
            ArchiveFormat format = formatOf(archive, shown);
            if (!format.unpackable()) {
                throw new InvalidSubmissionException(format.cannotUnpack(shown), null);
            }
            try (SeekableByteChannel channel = Files.newByteChannel(archive)) {
                expand(channel, format, shown, into, 1);
            }
        } catch (DamagedArchive e) {
            throw new InvalidSubmissionException(e.text, e.getCause());
        }
    }

    /**
     * Unpacks an archive file found in a submission's folder, shown to the student as {@code shown}, into
     * {@code into}. One that is damaged, or of a format the grader cannot unpack, is only recorded in
     * {@link #unreadable()}: the submission's other files may still be all it needs.
     */
    void expand(Path archive, String shown, Path into) throws IOException {
        try {
            ArchiveFormat format = formatOf(archive, shown);
            if (!format.unpackable()) {
                unreadable.add(format.cannotUnpack(shown));
                return;
            }
            try (SeekableByteChannel channel = Files.newByteChannel(archive)) {
                expand(channel, format, shown, into, 1);
            }
        } catch (DamagedArchive e) {
            unreadable.add(e.text);
        }
    }

    /** An archive the library could not read: truncated, encrypted, or not what its name says. */
    private static final class DamagedArchive extends IOException {
        private static final long serialVersionUID = 1L;
        /** Why, in every language, for the student; not serialized: it never leaves the grader's JVM. */
        private final transient Localized text;

        DamagedArchive(Localized text, Throwable cause) {
            super(text.in(Language.EN), cause);
            this.text = text;
        }
    }

    private void expand(SeekableByteChannel channel, ArchiveFormat format, String shown, Path into, int depth)
            throws IOException {
        try {
            if (format == ArchiveFormat.SEVEN_Z) {
                sevenZ(channel, shown, into, depth);
            } else {
                zip(channel, shown, into, depth);
            }
        } catch (InvalidSubmissionException | DamagedArchive e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a truncated or strange archive fails in many ways inside the library: all of them are unreadable
            throw new DamagedArchive(format.unreadable(shown, e), e);
        }
    }

    private void zip(SeekableByteChannel channel, String shown, Path into, int depth) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
            budget.takeEntries(entries.size(), shown);
            List<String> names = new ArrayList<>();
            boolean cp866 = false;
            for (ZipArchiveEntry entry : entries) {
                EntryNames.Decoded name = EntryNames.decode(entry);
                cp866 |= name.cp866();
                names.add(EntryNames.relative(name.text(), shown));
                if (entry.isUnixSymlink()) {
                    throw EntryNames.link(name.text(), shown);
                }
            }
            if (cp866) {
                notes.add(Localized.of("engine.archive.cp866", "file", shown));
            }
            for (int i = 0; i < entries.size(); i++) {
                ZipArchiveEntry entry = entries.get(i);
                if (!entry.isDirectory() && wanted(names.get(i))) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        file(names.get(i), in, entry.getLastModifiedTime(), shown, into, depth);
                    }
                }
            }
        }
    }

    private void sevenZ(SeekableByteChannel channel, String shown, Path into, int depth) throws IOException {
        try (SevenZFile archive = SevenZFile.builder().setSeekableByteChannel(channel)
                .setMaxMemoryLimitKiB(SEVEN_Z_MEMORY_KIB).get()) {
            List<SevenZArchiveEntry> entries = new ArrayList<>();
            archive.getEntries().forEach(entries::add);
            budget.takeEntries(entries.size(), shown);
            // entries skipped inside a solid block are still decompressed: what it declares in all is bounded too
            budget.checkDeclared(entries.stream().mapToLong(SevenZArchiveEntry::getSize).sum(), shown);
            List<String> names = new ArrayList<>();
            for (SevenZArchiveEntry entry : entries) {
                names.add(EntryNames.relative(entry.getName(), shown));
                if (isLink(entry)) {
                    throw EntryNames.link(entry.getName(), shown);
                }
            }
            for (int i = 0; i < entries.size(); i++) {
                SevenZArchiveEntry entry = entries.get(i);
                if (!entry.isDirectory() && !entry.isAntiItem() && wanted(names.get(i))) {
                    try (InputStream in = archive.getInputStream(entry)) {
                        file(names.get(i), in, entry.getHasLastModifiedDate() ? entry.getLastModifiedTime() : null,
                                shown, into, depth);
                    }
                }
            }
        }
    }

    /** 7-Zip keeps a Unix file mode in the upper half of the attributes when bit 0x8000 says so. */
    private static boolean isLink(SevenZArchiveEntry entry) {
        int attributes = entry.getHasWindowsAttributes() ? entry.getWindowsAttributes() : 0;
        return (attributes & 0x8000) != 0 && ((attributes >>> 16) & 0170000) == 0120000;
    }

    private boolean wanted(String name) {
        return !name.isEmpty() && !SubmissionReader.isMacMetadata(name)
                && (content == Content.EVERYTHING || SubmissionReader.isJava(name)
                        || ArchiveFormat.byName(name).isPresent());
    }

    private void file(String name, InputStream in, FileTime modified, String shown, Path into, int depth)
            throws IOException {
        String path = shown + "/" + name;
        Path target = into.resolve(name).normalize();
        if (!target.startsWith(into)) {
            throw EntryNames.outside(name, shown);
        }
        if (content == Content.EVERYTHING) {
            copyBounded(in, target, path);
        } else if (SubmissionReader.isJava(name)) {
            byte[] bytes = budget.readFile(in, path);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } else {
            nested(in, path, target, depth + 1);
            return;
        }
        if (modified != null) {
            Files.setLastModifiedTime(target, modified);
        }
    }

    /** An archive inside an archive: read into memory within the budget, then unpacked into a folder of its name. */
    private void nested(InputStream in, String shown, Path into, int depth) throws IOException {
        budget.checkDepth(depth, shown);
        byte[] bytes = budget.readArchive(in);
        var sniffed = ArchiveFormat.sniff(bytes);
        if (sniffed.isEmpty()) {
            unreadable.add(ArchiveFormat.byName(shown).orElseThrow().doesNotBeginAsOne(shown));
            return;
        }
        ArchiveFormat format = sniffed.get();
        if (!format.unpackable()) {
            unreadable.add(format.cannotUnpack(shown));
            return;
        }
        try {
            expand(new SeekableInMemoryByteChannel(bytes), format, shown, into, depth);
        } catch (DamagedArchive e) {
            unreadable.add(e.text);
        }
    }

    /** Copies a file in pieces, never past the per-file limit or what is left of the total. */
    private void copyBounded(InputStream in, Path target, String what) throws IOException {
        Files.createDirectories(target.getParent());
        long cap = Math.min(budget.limits().maxFileBytes(), budget.bytesLeft());
        long copied = 0;
        boolean over = false;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int n; !over && (n = in.read(buffer)) > 0; ) {
                over = copied + n > cap;
                if (!over) {
                    out.write(buffer, 0, n);
                    copied += n;
                }
            }
        }
        if (over) {
            Files.delete(target);
            budget.takeFile(cap + 1, what); // throws: the file is larger than the limit, or than what is left
        }
        budget.takeFile(copied, what);
    }

    /**
     * The format of an archive file by its first bytes, so that a renamed archive is still known; a file whose
     * first bytes are no archive's is damaged, or is another kind of file under an archive's name.
     */
    private static ArchiveFormat formatOf(Path archive, String shown) throws IOException {
        byte[] head;
        try (InputStream file = Files.newInputStream(archive)) {
            head = file.readNBytes(HEAD);
        }
        var sniffed = ArchiveFormat.sniff(head);
        if (sniffed.isPresent()) {
            return sniffed.get();
        }
        ArchiveFormat named = ArchiveFormat.byName(shown).orElseThrow();
        throw new DamagedArchive(named.doesNotBeginAsOne(shown), null);
    }
}
