package grader.engine.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives inside submissions, as LMS downloads hold them, and the archives that try to break the reader. */
class ArchiveSubmissionTest {

    private static final String SQUARES = "package homework.squares;\npublic class SquaresAndCubes {}\n";
    private static final String MAVEN = "src/main/java/homework/squares/SquaresAndCubes.java";
    private static final SubmissionReader.Limits SMALL = new SubmissionReader.Limits(1000, 5000, 50, 20, 2);

    @TempDir
    Path dir;

    private Path scratch() throws IOException {
        return Files.createDirectories(dir.resolve("scratch"));
    }

    private static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Object content = nameThenContent[i + 1];
            map.put((String) nameThenContent[i], content instanceof byte[] bytes ? bytes
                    : ((String) content).getBytes(StandardCharsets.UTF_8));
        }
        return map;
    }

    /** A zip as a tool that writes names in {@code encoding} without the UTF-8 flag would make it. */
    private static byte[] zip(String encoding, Map<String, byte[]> entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipArchiveOutputStream(bytes)) {
            out.setEncoding(encoding);
            out.setUseLanguageEncodingFlag(false);
            out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (var e : entries.entrySet()) {
                var entry = new ZipArchiveEntry(e.getKey());
                entry.setLastModifiedTime(FileTime.from(Instant.parse("2026-11-30T10:00:00Z")));
                out.putArchiveEntry(entry);
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        return zip("UTF-8", entries);
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aMoodleStudentFolderHoldingOnlyAZipIsGradedOnTheZipsFiles() throws IOException {
        Path student = dir.resolve("Anna O'Brien_104233_assignsubmission_file_");
        write(student.getFileName() + "/lab4.zip", zip(entries("lab4/" + MAVEN, SQUARES)));

        Submission submission = new SubmissionReader().read(student, scratch());

        assertThat(submission.name()).isEqualTo("Anna O'Brien_104233_assignsubmission_file_");
        assertThat(submission.sources()).singleElement().satisfies(s -> {
            assertThat(s.shownPath()).isEqualTo("lab4.zip/lab4/" + MAVEN);
            assertThat(s.text()).isEqualTo(SQUARES);
            assertThat(s.modified()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        });
    }

    @Test
    void aZipInASubfolderOfTheStudentsFolderIsUnpackedAndMacMetadataBesideItIsNot() throws IOException {
        Path student = dir.resolve("Bob_7_assignsubmission_file_");
        write(student.getFileName() + "/upload/lab4.zip", zip(entries(MAVEN, SQUARES, "._lab4.java", "\0\5")));
        write(student.getFileName() + "/upload/._lab4.zip", new byte[] {0, 5, 22, 7});

        Submission submission = new SubmissionReader().read(student, scratch());

        assertThat(submission.sources()).extracting(SourceFile::shownPath)
                .containsExactly("upload/lab4.zip/" + MAVEN);
        assertThat(english(submission.notes())).isEmpty();
    }

    @Test
    void aZipInsideAZipIsUnpackedToo() throws IOException {
        byte[] inner = zip(entries(MAVEN, SQUARES));
        Path outer = write("outer.zip", zip(entries("upload/inner.zip", inner, "readme.txt", "hi")));

        Submission submission = new SubmissionReader().read(outer, scratch());

        assertThat(submission.sources()).extracting(SourceFile::shownPath)
                .containsExactly("upload/inner.zip/" + MAVEN);
    }

    @Test
    void archivesNestedPastTheDepthLimitAreRefused() throws IOException {
        byte[] third = zip(entries("A.java", "class A {}"));
        byte[] second = zip(entries("third.zip", third));
        Path first = write("student/first.zip", zip(entries("second.zip", second)));

        assertThatThrownBy(() -> new SubmissionReader(SMALL).read(first.getParent(), scratch()))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("first.zip/second.zip/third.zip is an archive nested 3 deep, and the grader unpacks"
                        + " archives only 2 deep");
    }

    @Test
    void namesWindowsExplorerWroteInCp866AreReadAsCyrillicWithANote() throws IOException {
        Path zip = write("explorer.zip", zip("IBM866", entries("Лабораторная 4/" + MAVEN, SQUARES)));

        Submission submission = new SubmissionReader().read(zip, scratch());

        assertThat(submission.sources()).extracting(SourceFile::shownPath).containsExactly("Лабораторная 4/" + MAVEN);
        assertThat(english(submission.notes())).containsExactly("explorer.zip: its file names are not UTF-8 (Windows"
                + " Explorer writes them so), so they were read as CP866.");
    }

    @Test
    void utf8NamesWithoutTheFlagAreReadAsUtf8WithoutANote() throws IOException {
        Path zip = write("mac.zip", zip("UTF-8", entries("Лабораторная/" + MAVEN, SQUARES)));

        Submission submission = new SubmissionReader().read(zip, scratch());

        assertThat(submission.sources()).extracting(SourceFile::shownPath).containsExactly("Лабораторная/" + MAVEN);
        assertThat(english(submission.notes())).isEmpty();
    }

    @Test
    void backslashesInNamesAreFolders() throws IOException {
        Path zip = write("old.zip", zip(entries("lab\\src\\main\\java\\homework\\squares\\SquaresAndCubes.java",
                SQUARES)));

        assertThat(new SubmissionReader().read(zip, scratch()).sources()).extracting(SourceFile::shownPath)
                .containsExactly("lab/" + MAVEN);
    }

    @Test
    void aZipBombIsRefusedWithNothingWrittenPastTheBudget() throws IOException {
        // 10 MB of zeros packs into about 10 KB
        Path bomb = write("bomb.zip", zip(entries("A.java", "class A {}", "Bomb.java", new byte[10_000_000])));
        Path scratch = scratch();

        assertThatThrownBy(() -> new SubmissionReader(SMALL).read(bomb, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("bomb.zip/Bomb.java is larger than 1000 bytes");
        assertThat(scratch.resolve("src/Bomb.java")).doesNotExist();
    }

    @Test
    void aNestedBombIsRefusedByTheTotalBudget() throws IOException {
        byte[] inner = zip(entries("big.txt", new byte[10_000_000]));
        Path outer = write("outer.zip", zip(entries("inner.zip", inner)));

        assertThatThrownBy(() -> new SubmissionReader(new SubmissionReader.Limits(1000, 5000, 50, 20, 3))
                .read(outer, scratch()))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("expands to more than 5000 bytes");
    }

    @Test
    void tooManyEntriesAreRefusedBeforeAnyIsWritten() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 21; i++) {
            many.put("F" + i + ".java", ("class F" + i + " {}").getBytes(StandardCharsets.UTF_8));
        }
        Path zip = write("many.zip", zip(many));
        Path scratch = scratch();

        assertThatThrownBy(() -> new SubmissionReader(SMALL).read(zip, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("many.zip holds more than 20 entries in all, far more than a homework needs, so it was"
                        + " not unpacked");
        assertThat(filesIn(scratch)).isZero();
    }

    @Test
    void aDotDotPartIsRefusedEvenWhenItWouldStayInside() throws IOException {
        Path zip = write("trick.zip", zip(entries("A.java", "class A {}", "a/../B.java", "class B {}")));
        Path scratch = scratch();

        assertThatThrownBy(() -> new SubmissionReader().read(zip, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("the archive trick.zip has an entry that points outside it: a/../B.java");
        assertThat(filesIn(scratch)).isZero();
    }

    @Test
    void aWindowsDrivePathIsRefused() throws IOException {
        Path zip = write("drive.zip", zip(entries("C:\\Windows\\A.java", "class A {}")));

        assertThatThrownBy(() -> new SubmissionReader().read(zip, scratch()))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("points outside it");
    }

    @Test
    void aLinkInAZipIsRefused() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipArchiveOutputStream(bytes)) {
            var link = new ZipArchiveEntry("homework/Evil.java");
            link.setUnixMode(0120777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        Path zip = write("link.zip", bytes.toByteArray());
        Path scratch = scratch();

        assertThatThrownBy(() -> new SubmissionReader().read(zip, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("the archive link.zip holds a link, homework/Evil.java, and links are refused because"
                        + " they could point outside the submission");
        assertThat(filesIn(scratch)).isZero();
    }

    @Test
    void aSevenZipArchiveIsUnpacked() throws IOException {
        Path archive = dir.resolve("lab4.7z");
        try (var out = new SevenZOutputFile(archive.toFile())) {
            SevenZArchiveEntry entry = out.createArchiveEntry(write("x/" + MAVEN, SQUARES.getBytes()).toFile(),
                    "lab4/" + MAVEN);
            out.putArchiveEntry(entry);
            out.write(SQUARES.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }

        Submission submission = new SubmissionReader().read(archive, scratch());

        assertThat(submission.name()).isEqualTo("lab4");
        assertThat(submission.sources()).singleElement().satisfies(s -> {
            assertThat(s.shownPath()).isEqualTo("lab4/" + MAVEN);
            assertThat(s.text()).isEqualTo(SQUARES);
        });
    }

    private static final byte[] RAR = {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00, 0x33, (byte) 0x92};

    @Test
    void aRarSubmissionIsInvalidWithAStatusThatNamesTheFormat() throws IOException {
        Path rar = write("lab4.rar", RAR);

        assertThatThrownBy(() -> new SubmissionReader().read(rar, scratch()))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("lab4.rar is a RAR archive, which the grader cannot unpack: upload a .zip or a .7z"
                        + " instead");
    }

    @Test
    void aFolderHoldingOnlyARarSaysSoInsteadOfNoJavaFile() throws IOException {
        write("student/lab4.rar", RAR);

        assertThatThrownBy(() -> new SubmissionReader().read(dir.resolve("student"), scratch()))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("lab4.rar is a RAR archive, which the grader cannot unpack: upload a .zip or a .7z"
                        + " instead");
    }

    @Test
    void aRarNamedZipIsKnownByItsBytes() throws IOException {
        write("student/lab4.zip", RAR);
        write("student/" + MAVEN, SQUARES.getBytes(StandardCharsets.UTF_8));

        Submission submission = new SubmissionReader().read(dir.resolve("student"), scratch());

        assertThat(submission.sources()).extracting(SourceFile::shownPath).containsExactly(MAVEN);
        assertThat(english(submission.notes()))
                .containsExactly("lab4.zip is a RAR archive, which the grader cannot unpack:"
                + " upload a .zip or a .7z instead.");
    }

    @Test
    void aDamagedZipBesideTheSourcesIsNotedAndTheSourcesAreGraded() throws IOException {
        write("student/old.zip", "not a zip at all".getBytes(StandardCharsets.UTF_8));
        write("student/" + MAVEN, SQUARES.getBytes(StandardCharsets.UTF_8));

        Submission submission = new SubmissionReader().read(dir.resolve("student"), scratch());

        assertThat(submission.sources()).extracting(SourceFile::shownPath).containsExactly(MAVEN);
        assertThat(english(submission.notes()))
                .containsExactly("old.zip is not a readable zip archive: it does not begin as"
                + " one, so it is damaged or is another kind of file under that name.");
    }

    @Test
    void aFolderCopyKeepsEachFilesTime() throws IOException {
        Path file = write("student/" + MAVEN, SQUARES.getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-01T08:00:00Z")));

        Submission submission = new SubmissionReader().read(dir.resolve("student"), scratch());

        assertThat(submission.sources()).singleElement().extracting(SourceFile::modified)
                .isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
    }

    @Test
    void nameOfStripsEveryArchiveExtension() {
        assertThat(SubmissionReader.nameOf(Path.of("lab4.7z"))).isEqualTo("lab4");
        assertThat(SubmissionReader.nameOf(Path.of("lab4.RAR"))).isEqualTo("lab4");
        assertThat(SubmissionReader.nameOf(Path.of("Anna O'Brien_1_assignsubmission_file_")))
                .isEqualTo("Anna O'Brien_1_assignsubmission_file_");
    }

    /** The notes as an English reader sees them. */
    private static java.util.List<String> english(java.util.List<grader.text.Localized> notes) {
        return notes.stream().map(n -> n.in(Language.EN)).toList();
    }
}
