package grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.engine.submission.InvalidSubmissionException;
import grader.engine.submission.SubmissionReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layouts of Moodle's and Canvas's "download all submissions", as folders and as the class zip itself. */
class ClassDownloadTest {

    private static final String ANNA = "Анна-Мария О'Брайен_104233_assignsubmission_file_";

    @TempDir
    Path dir;

    private Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Object content = nameThenContent[i + 1];
            map.put((String) nameThenContent[i], content instanceof byte[] b ? b
                    : ((String) content).getBytes(StandardCharsets.UTF_8));
        }
        return map;
    }

    private static List<String> names(ClassDownload download) {
        return download.submissions().stream().map(SubmissionReader::nameOf).toList();
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void moodleFoldersAreSubmissionsNamedExactlyAndOnlineTextFoldersAreLeftOut() throws IOException {
        Path course = dir.resolve("course");
        write(course.resolve(ANNA).resolve("lab4.zip"), zip(entries("A.java", "class A {}")));
        write(course.resolve("Bob Smith_104234_assignsubmission_file/lab4.zip"), zip(entries("A.java", "x")));
        write(course.resolve("Bob Smith_104234_assignsubmission_onlinetext_/onlinetext.html"), "<p>hi</p>");
        write(course.resolve("notes.txt"), "not a submission");
        write(course.resolve(".DS_Store"), "mac");
        write(course.resolve("grades/gradebook.csv"), "old output");

        try (var download = ClassDownload.open(course, course.resolve("grades"))) {
            assertThat(names(download)).containsExactly("Bob Smith_104234_assignsubmission_file", ANNA);
            assertThat(download.submissions().get(1)).isEqualTo(course.resolve(ANNA));
        }
    }

    @Test
    void moodleFilesDownloadedWithoutFoldersAreGroupedByStudentUnderTheirOwnNames() throws IOException {
        Path course = dir.resolve("flat");
        write(course.resolve("Anna Petrova_11_assignsubmission_file_SquaresAndCubes.java"), "class S {}");
        write(course.resolve("Anna Petrova_11_assignsubmission_file_DelayedCounting.java"), "class D {}");
        write(course.resolve("Anna Petrova_11_assignsubmission_onlinetext_onlinetext.html"), "<p>see files</p>");
        write(course.resolve("Bob Smith_12_assignsubmission_file_lab4.zip"), zip(entries("A.java", "class A {}")));

        try (var download = ClassDownload.open(course, dir.resolve("grades"))) {
            assertThat(names(download)).containsExactly("Anna Petrova_11", "Bob Smith_12");
            assertThat(filesIn(download.submissions().get(0)))
                    .containsExactly("DelayedCounting.java", "SquaresAndCubes.java", "onlinetext.html");
            assertThat(download.submissions().get(0).resolve("SquaresAndCubes.java")).hasContent("class S {}");
            assertThat(filesIn(download.submissions().get(1))).containsExactly("lab4.zip");
        }
    }

    @Test
    void canvasFilesAreGroupedByNameAndUserIdLateOrNot() throws IOException {
        Path course = dir.resolve("canvas");
        write(course.resolve("smithbob_340934_208490284_SquaresAndCubes.java"), "class S {}");
        write(course.resolve("smithbob_340934_208490284_AsyncSquares.java"), "class A {}");
        write(course.resolve("wellslane_LATE_334244_394803489_lab4.zip"), zip(entries("A.java", "class A {}")));

        try (var download = ClassDownload.open(course, dir.resolve("grades"))) {
            assertThat(names(download)).containsExactly("smithbob_340934", "wellslane_334244");
            assertThat(filesIn(download.submissions().get(0)))
                    .containsExactly("AsyncSquares.java", "SquaresAndCubes.java");
            assertThat(filesIn(download.submissions().get(1))).containsExactly("lab4.zip");
        }
    }

    @Test
    void theClassZipItselfIsUnpackedWithTheStudentsArchivesKeptWhole() throws IOException {
        byte[] upload = zip(entries("lab4/src/main/java/homework/squares/SquaresAndCubes.java", "class S {}"));
        Path classZip = write(dir.resolve("CS101-Lab 4-12345.zip"), zip(entries(
                ANNA + "/lab4.zip", upload,
                "Bob Smith_104234_assignsubmission_file_/SquaresAndCubes.java", "class S {}")));

        Path staging;
        try (var download = ClassDownload.open(classZip, dir.resolve("grades"))) {
            staging = download.staging();
            assertThat(names(download)).containsExactly("Bob Smith_104234_assignsubmission_file_", ANNA);
            assertThat(download.submissions().get(1).resolve("lab4.zip")).hasBinaryContent(upload);
        }
        assertThat(staging).doesNotExist();
    }

    @Test
    void aClassZipWithAPathTrickIsRefusedAndNothingLandsOutside() throws IOException {
        Path classZip = write(dir.resolve("class.zip"), zip(entries(
                "Bob_1_assignsubmission_file_/A.java", "class A {}", "../../evil.sh", "rm -rf /")));

        assertThatThrownBy(() -> ClassDownload.open(classZip, dir.resolve("grades")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("the archive class.zip has an entry that points outside it: ../../evil.sh");
        assertThat(dir.resolve("evil.sh")).doesNotExist();
        assertThat(dir.getParent().resolve("evil.sh")).doesNotExist();
    }

    @Test
    void aClassZipThatExpandsPastItsBudgetIsRefusedWithoutWritingPastIt() throws IOException {
        Path classZip = write(dir.resolve("bomb.zip"), zip(entries(
                "Bob_1_assignsubmission_file_/A.java", "class A {}", "Eve_2_assignsubmission_file_/big.pdf",
                new byte[5_000_000])));
        var limits = new SubmissionReader.Limits(1_000_000, 2_000_000, 100, 100, 1);

        assertThatThrownBy(() -> ClassDownload.open(classZip, dir.resolve("grades"), limits))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("bomb.zip/Eve_2_assignsubmission_file_/big.pdf is larger than 1000000 bytes");
    }

    @Test
    void aRarClassArchiveIsRefusedNamingTheFormat() throws IOException {
        Path rar = write(dir.resolve("class.rar"), new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0x00});

        assertThatThrownBy(() -> ClassDownload.open(rar, dir.resolve("grades")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("class.rar is a RAR archive, which the grader cannot unpack: upload a .zip or a .7z"
                        + " instead");
    }

    @Test
    void twoSubmissionsOfOneNameAreRefusedBeforeGrading() throws IOException {
        Path course = dir.resolve("course");
        write(course.resolve("bob/A.java"), "class A {}");
        write(course.resolve("bob.zip"), zip(entries("A.java", "class A {}")));

        assertThatThrownBy(() -> ClassDownload.open(course, dir.resolve("grades")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("two submissions would both be named bob (bob and bob.zip): rename one");
    }

    @Test
    void studentOfReadsMoodleAndCanvasNamesAndNothingElse() {
        assertThat(ClassDownload.studentOf("Anna Petrova_11_assignsubmission_file_my_lab_4.zip"))
                .contains(new ClassDownload.Upload("Anna Petrova_11", "my_lab_4.zip"));
        assertThat(ClassDownload.studentOf("smithbob_340934_208490284_my_lab.zip"))
                .contains(new ClassDownload.Upload("smithbob_340934", "my_lab.zip"));
        assertThat(ClassDownload.studentOf("reference.zip")).isEmpty();
        assertThat(ClassDownload.studentOf("lab_4.zip")).isEmpty();
    }

}
