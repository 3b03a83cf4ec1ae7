package grader.engine.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import grader.text.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionReaderTest {

    private static final String SQUARES = "package homework.squares;\npublic class SquaresAndCubes {}\n";

    @TempDir
    Path dir;

    private Path scratch() throws IOException {
        return Files.createDirectories(dir.resolve("scratch"));
    }

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream raw = Files.newOutputStream(zip); var out = new ZipOutputStream(raw)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static Map<String, String> entries(String... nameThenText) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) {
            map.put(nameThenText[i], nameThenText[i + 1]);
        }
        return map;
    }

    @Test
    void folderCopyKeepsOnlyJavaFilesAtAnyDepth() throws IOException {
        Path folder = dir.resolve("alice");
        write(folder.resolve("src/main/java/homework/squares/SquaresAndCubes.java"), SQUARES);
        write(folder.resolve("Top.java"), "class Top {}");
        write(folder.resolve("README.md"), "hello");
        write(folder.resolve("target/classes/homework/squares/SquaresAndCubes.class"), "binary");
        write(folder.resolve("pom.xml"), "<project/>");

        Submission submission = new SubmissionReader().read(folder, scratch());

        assertThat(submission.sources()).extracting(SourceFile::shownPath)
                .containsExactly("Top.java", "src/main/java/homework/squares/SquaresAndCubes.java");
        assertThat(submission.sources().get(1).text()).isEqualTo(SQUARES);
        assertThat(english(submission.notes())).isEmpty();
        assertThat(submission.name()).isEqualTo("alice");
    }

    @Test
    void folderCopyIsMadeInsideTheScratchFolder() throws IOException {
        Path folder = dir.resolve("alice");
        write(folder.resolve("homework/squares/SquaresAndCubes.java"), SQUARES);
        Path scratch = scratch();

        Submission submission = new SubmissionReader().read(folder, scratch);

        assertThat(submission.scratch()).isEqualTo(scratch);
        Path copy = submission.sources().get(0).path();
        assertThat(copy).startsWith(scratch).isRegularFile().hasContent(SQUARES);
        assertThat(copy).isNotEqualTo(folder.resolve("homework/squares/SquaresAndCubes.java"));
    }

    @Test
    void folderCopyDoesNotFollowSymbolicLinks() throws IOException {
        Path outside = write(dir.resolve("outside/Secret.java"), "class Secret {}");
        Path folder = dir.resolve("alice");
        write(folder.resolve("Real.java"), "class Real {}");
        try {
            Files.createSymbolicLink(folder.resolve("Linked.java"), outside);
            Files.createSymbolicLink(folder.resolve("linkedDir"), outside.getParent());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }

        Submission submission = new SubmissionReader().read(folder, scratch());

        assertThat(submission.sources()).extracting(SourceFile::shownPath).containsExactly("Real.java");
    }

    @Test
    void zipIsReadWithItsFoldersKept() throws IOException {
        Path zip = zip("bob.zip", entries(
                "bob/homework/squares/SquaresAndCubes.java", SQUARES,
                "bob/notes.txt", "not java",
                "bob/Other.java", "class Other {}"));

        Submission submission = new SubmissionReader().read(zip, scratch());

        assertThat(submission.sources()).extracting(SourceFile::shownPath)
                .containsExactly("bob/Other.java", "bob/homework/squares/SquaresAndCubes.java");
        assertThat(submission.sources().get(1).text()).isEqualTo(SQUARES);
        assertThat(submission.name()).isEqualTo("bob");
    }

    @Test
    void zipEntryThatEscapesTheScratchFolderIsRefused() throws IOException {
        Path zip = zip("slip.zip", entries("ok/A.java", "class A {}", "../evil.java", "class evil {}"));
        Path scratch = scratch();

        assertThatThrownBy(() -> new SubmissionReader().read(zip, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("outside")
                .hasMessageContaining("../evil.java");
        assertThat(scratch.resolve("evil.java")).doesNotExist();
        assertThat(dir.resolve("evil.java")).doesNotExist();
    }

    @Test
    void zipEntryWithAnAbsolutePathIsRefused() throws IOException {
        Path zip = zip("abs.zip", entries("/tmp/evil.java", "class evil {}"));
        Path scratch = scratch();

        assertThatThrownBy(() -> new SubmissionReader().read(zip, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("outside");
    }

    @Test
    void fileNamedZipThatIsNotAnArchiveIsInvalidWithAClearMessage() throws IOException {
        Path fake = Files.writeString(dir.resolve("x.zip"), "this is plain text, not an archive\n".repeat(20));
        Path scratch = scratch();

        assertThatThrownBy(() -> new SubmissionReader().read(fake, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("x.zip")
                .hasMessageContaining("not")
                .hasMessageContaining("zip archive");
    }

    @Test
    void missingPathIsInvalidAndNamed() throws IOException {
        Path missing = dir.resolve("nobody-here");
        Path scratch = scratch();

        assertThatThrownBy(() -> new SubmissionReader().read(missing, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("nobody-here");
    }

    @Test
    void fileThatIsNeitherFolderNorZipIsInvalid() throws IOException {
        Path file = write(dir.resolve("Solution.java"), "class Solution {}");
        Path scratch = scratch();

        assertThatThrownBy(() -> new SubmissionReader().read(file, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("neither a folder nor a .zip");
    }

    @Test
    void emptyFolderIsInvalid() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        Path scratch = scratch();

        assertThatThrownBy(() -> new SubmissionReader().read(folder, scratch))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("no .java file");
    }

    @Test
    void folderWithOnlyOtherFilesIsInvalid() throws IOException {
        Path folder = dir.resolve("docs");
        write(folder.resolve("answer.txt"), "public class Answer {}");
        Path scratch = scratch();

        assertThatThrownBy(() -> new SubmissionReader().read(folder, scratch))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("no .java file");
    }

    @Test
    void folderFileOverTheSizeLimitIsInvalid() throws IOException {
        Path folder = dir.resolve("big");
        write(folder.resolve("Small.java"), "class Small {}");
        write(folder.resolve("Big.java"), "class Big {}" + " ".repeat(200));
        var reader = new SubmissionReader(new SubmissionReader.Limits(100, 10_000, 100));
        Path scratch = scratch();

        assertThatThrownBy(() -> reader.read(folder, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("Big.java")
                .hasMessageContaining("larger than 100 bytes");
    }

    @Test
    void zipEntryOverTheSizeLimitIsInvalid() throws IOException {
        Path zip = zip("big.zip", entries("Big.java", "class Big {}" + " ".repeat(200)));
        var reader = new SubmissionReader(new SubmissionReader.Limits(100, 10_000, 100));
        Path scratch = scratch();

        assertThatThrownBy(() -> reader.read(zip, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("Big.java")
                .hasMessageContaining("larger than 100 bytes");
    }

    @Test
    void fileExactlyAtTheSizeLimitIsAccepted() throws IOException {
        Path zip = zip("edge.zip", entries("Edge.java", "x".repeat(100)));
        var reader = new SubmissionReader(new SubmissionReader.Limits(100, 10_000, 100));

        Submission submission = reader.read(zip, scratch());

        assertThat(submission.sources()).singleElement().extracting(SourceFile::text).isEqualTo("x".repeat(100));
    }

    @Test
    void tooManyFilesIsInvalid() throws IOException {
        Path folder = dir.resolve("many");
        for (int i = 0; i < 4; i++) {
            write(folder.resolve("F" + i + ".java"), "class F" + i + " {}");
        }
        var reader = new SubmissionReader(new SubmissionReader.Limits(1000, 10_000, 3));
        Path scratch = scratch();

        assertThatThrownBy(() -> reader.read(folder, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("more than 3 Java files");
    }

    @Test
    void tooManyBytesInTotalIsInvalid() throws IOException {
        Path zip = zip("total.zip", entries("A.java", "a".repeat(80), "B.java", "b".repeat(80)));
        var reader = new SubmissionReader(new SubmissionReader.Limits(100, 150, 100));
        Path scratch = scratch();

        assertThatThrownBy(() -> reader.read(zip, scratch))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("150 bytes");
    }

    @Test
    void nameOfStripsZipExtension() {
        assertThat(SubmissionReader.nameOf(Path.of("submissions", "carol.zip"))).isEqualTo("carol");
        assertThat(SubmissionReader.nameOf(Path.of("submissions", "DAVE.ZIP"))).isEqualTo("DAVE");
    }

    @Test
    void nameOfKeepsAFolderName() {
        assertThat(SubmissionReader.nameOf(Path.of("submissions", "reference"))).isEqualTo("reference");
        assertThat(SubmissionReader.nameOf(Path.of("submissions", "reference", "."))).isEqualTo("reference");
    }

    @Test
    void macosxEntriesInAZipAreIgnored() throws IOException {
        Path zip = zip("mac.zip", entries(
                "homework/squares/SquaresAndCubes.java", SQUARES,
                "__MACOSX/homework/squares/._SquaresAndCubes.java", "\u0000\u0005\u0016\u0007binary",
                "__MACOSX/homework/squares/SquaresAndCubes.java", "package wrong;"));

        Submission submission = new SubmissionReader().read(zip, scratch());

        assertThat(submission.sources()).extracting(SourceFile::shownPath)
                .containsExactly("homework/squares/SquaresAndCubes.java");
    }

    @Test
    void invalidUtf8FileGetsAnEncodingNoteNamingIt() throws IOException {
        Path folder = dir.resolve("win");
        Path file = folder.resolve("homework/Privet.java");
        Files.createDirectories(file.getParent());
        Files.write(file, "// Привет\nclass Privet {}\n".getBytes("windows-1251"));

        Submission submission = new SubmissionReader().read(folder, scratch());

        assertThat(submission.sources()).singleElement().satisfies(s -> {
            assertThat(s.text()).contains("Привет");
            assertThat(s.encodingNote()).contains("Windows-1251");
        });
        assertThat(english(submission.notes())).singleElement().asString()
                .startsWith("homework/Privet.java: ").contains("Windows-1251");
    }

    @Test
    void truncatedZipIsInvalid() throws IOException {
        byte[] noise = new byte[20_000];
        new java.util.Random(1).nextBytes(noise);
        Path whole = zip("whole.zip", entries("A.java", "class A {} //" + new String(noise,
                java.nio.charset.StandardCharsets.ISO_8859_1)));
        byte[] all = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(all, all.length / 2));
        Path scratch = scratch();
        assertThatThrownBy(() -> new SubmissionReader().read(truncated, scratch))
                .isInstanceOf(InvalidSubmissionException.class);
    }

    @Test
    void macosxFolderInAFolderSubmissionIsIgnored() throws IOException {
        Path folder = dir.resolve("unzipped");
        write(folder.resolve("homework/squares/SquaresAndCubes.java"), SQUARES);
        Path apple = folder.resolve("__MACOSX/homework/squares/._SquaresAndCubes.java");
        Files.createDirectories(apple.getParent());
        Files.write(apple, new byte[] {0, 5, 22, 7, (byte) 0xFF, (byte) 0xFE, 1, 2});
        Submission submission = new SubmissionReader().read(folder, scratch());
        assertThat(submission.sources()).extracting(SourceFile::shownPath)
                .containsExactly("homework/squares/SquaresAndCubes.java");
        assertThat(english(submission.notes())).isEmpty();
    }

    @Test
    void aRelativeScratchFolderStillAcceptsEntriesInside() throws IOException {
        Path zip = zip("ok.zip", entries("A.java", "class A {}"));
        Path relative = Path.of("").toAbsolutePath().relativize(scratch());
        assertThat(new SubmissionReader().read(zip, Path.of(".").resolve(relative)).sources()).hasSize(1);
    }

    @Test
    void theRootFolderHasAName() {
        assertThat(SubmissionReader.nameOf(Path.of("/"))).isNotBlank();
    }

    /** The notes as an English reader sees them. */
    private static java.util.List<String> english(java.util.List<grader.text.Localized> notes) {
        return notes.stream().map(n -> n.in(Language.EN)).toList();
    }
}
