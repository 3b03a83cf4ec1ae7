package grader.engine.submission;

import static org.assertj.core.api.Assertions.assertThat;

import grader.text.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceLocatorTest {

    private static final String CLASS = "homework.squares.SquaresAndCubes";
    private static final String SQUARES = "package homework.squares;\npublic class SquaresAndCubes {}\n";

    private static SourceFile source(String shownPath, String text) {
        return new SourceFile(Path.of("/scratch/src").resolve(shownPath), shownPath, text, "");
    }

    private static SourceFile source(String shownPath, String text, String modified) {
        return new SourceFile(Path.of("/scratch/src").resolve(shownPath), shownPath, text, "",
                java.time.Instant.parse(modified));
    }

    private static final String SKELETON = SQUARES.replace("{}",
            "{ static void compute(int n) { throw new UnsupportedOperationException(\"TODO\"); } }");
    private static final String SOLVED = SQUARES.replace("{}", "{ static void compute(int n) { run(n); } }");

    private static String chosen(SourceLocator.Found found) {
        return found.file().map(SourceFile::shownPath).orElse("<none>");
    }

    @Test
    void findsClassDeepInsideAProjectLayout() {
        var deep = source("alice/project/src/main/java/homework/squares/SquaresAndCubes.java", SQUARES);

        var found = SourceLocator.locate(List.of(source("alice/Other.java", "class Other {}"), deep), CLASS);

        assertThat(found.file()).contains(deep);
        assertThat(english(found.note())).isEmpty();
    }

    @Test
    void findsClassWhoseFoldersDoNotMatchItsPackage() {
        var flat = source("SquaresAndCubes.java", SQUARES);

        var found = SourceLocator.locate(List.of(flat), CLASS);

        assertThat(found.file()).contains(flat);
    }

    @Test
    void ignoresFileWithTheRightNameButTheWrongPackage() {
        var wrong = source("homework/squares/SquaresAndCubes.java",
                "package homework.cubes;\npublic class SquaresAndCubes {}\n");
        var defaultPackage = source("other/SquaresAndCubes.java", "public class SquaresAndCubes {}\n");

        var found = SourceLocator.locate(List.of(wrong, defaultPackage), CLASS);

        assertThat(found.file()).isEmpty();
        assertThat(english(found.note())).isEmpty();
    }

    @Test
    void ignoresFileWithTheRightPackageButAnotherName() {
        var other = source("homework/squares/MySquaresAndCubes.java", SQUARES);

        assertThat(SourceLocator.locate(List.of(other), CLASS).file()).isEmpty();
    }

    @Test
    void ignoresPackageWordsInsideComments() {
        var commented = source("SquaresAndCubes.java", """
                /*
                package homework.squares;
                */
                // package homework.squares;
                package homework.wrong;
                public class SquaresAndCubes {}
                """);

        assertThat(SourceLocator.locate(List.of(commented), CLASS).file()).isEmpty();
    }

    @Test
    void findsPackageDeclaredAfterCommentsThatMentionAnotherPackage() {
        var afterComments = source("SquaresAndCubes.java", """
                /**
                 * Not package homework.wrong; really.
                 package homework.wrong;
                 */
                // package homework.wrong;
                /* x */ package homework.squares;
                public class SquaresAndCubes {}
                """);

        assertThat(SourceLocator.locate(List.of(afterComments), CLASS).file()).contains(afterComments);
    }

    @Test
    void findsPackageInAFileWithCrlfLineEndings() {
        var crlf = source("SquaresAndCubes.java", "// Квадраты\r\npackage homework.squares;\r\nclass SquaresAndCubes {}\r\n");

        assertThat(SourceLocator.locate(List.of(crlf), CLASS).file()).contains(crlf);
    }

    @Test
    void packageOfReadsTheDeclarationOrEmptyForTheDefaultPackage() {
        assertThat(SourceLocator.packageOf("package a.b.c;\nclass X {}")).isEqualTo("a.b.c");
        assertThat(SourceLocator.packageOf("  package   a.b ;\nclass X {}")).isEqualTo("a.b");
        assertThat(SourceLocator.packageOf("class X {}")).isEmpty();
        assertThat(SourceLocator.packageOf("// package a.b;\nclass X {}")).isEmpty();
    }

    @Test
    void duplicateWhoseFoldersMatchThePackageWinsOverAShallowerOne() {
        var shallow = source("SquaresAndCubes.java", SQUARES);
        var matching = source("src/main/java/homework/squares/SquaresAndCubes.java", SQUARES);

        var found = SourceLocator.locate(List.of(shallow, matching), CLASS);

        assertThat(chosen(found)).isEqualTo("src/main/java/homework/squares/SquaresAndCubes.java");
    }

    @Test
    void amongMatchingDuplicatesTheShallowestWins() {
        var deeper = source("backup/old/homework/squares/SquaresAndCubes.java", SQUARES);
        var shallower = source("homework/squares/SquaresAndCubes.java", SQUARES);

        var found = SourceLocator.locate(List.of(deeper, shallower), CLASS);

        assertThat(chosen(found)).isEqualTo("homework/squares/SquaresAndCubes.java");
    }

    @Test
    void amongNonMatchingDuplicatesTheShallowestWins() {
        var deeper = source("a/b/SquaresAndCubes.java", SQUARES);
        var shallower = source("z/SquaresAndCubes.java", SQUARES);

        var found = SourceLocator.locate(List.of(deeper, shallower), CLASS);

        assertThat(chosen(found)).isEqualTo("z/SquaresAndCubes.java");
    }

    @Test
    void amongEquallyDeepDuplicatesTheFirstByPathWins() {
        var second = source("v2/homework/squares/SquaresAndCubes.java", SQUARES);
        var first = source("v1/homework/squares/SquaresAndCubes.java", SQUARES);

        var found = SourceLocator.locate(List.of(second, first), CLASS);

        assertThat(chosen(found)).isEqualTo("v1/homework/squares/SquaresAndCubes.java");
    }

    @Test
    void duplicateNoteNamesTheGradedCopyAndEveryIgnoredOne() {
        var a = source("SquaresAndCubes.java", SQUARES);
        var b = source("homework/squares/SquaresAndCubes.java", SQUARES);
        var c = source("old/homework/squares/SquaresAndCubes.java", SQUARES);

        var found = SourceLocator.locate(List.of(a, b, c), CLASS);

        assertThat(english(found.note()))
                .contains("found 3 copies of SquaresAndCubes.java in package homework.squares")
                .contains("graded homework/squares/SquaresAndCubes.java")
                .endsWith("ignored old/homework/squares/SquaresAndCubes.java, SquaresAndCubes.java");
    }

    @Test
    void wrongPackageCopyIsNotCountedAsADuplicate() {
        var right = source("homework/squares/SquaresAndCubes.java", SQUARES);
        var wrong = source("SquaresAndCubes.java", "package scratch;\nclass SquaresAndCubes {}\n");

        var found = SourceLocator.locate(List.of(right, wrong), CLASS);

        assertThat(found.file()).contains(right);
        assertThat(english(found.note())).isEmpty();
    }

    @Test
    void locateFindsEveryRequestedClassOfASubmission() {
        var squares = source("homework/squares/SquaresAndCubes.java", SQUARES);
        var worker = source("homework/factorial/FactorialWorker.java",
                "package homework.factorial;\nclass FactorialWorker {}\n");
        var submission = new Submission("s", Path.of("/scratch"), List.of(squares, worker), List.of());

        Map<String, SourceLocator.Found> found = SourceLocator.locate(submission,
                List.of(CLASS, "homework.factorial.FactorialWorker", "homework.factorial.ProcessFactorials"));

        assertThat(found).containsOnlyKeys(CLASS, "homework.factorial.FactorialWorker",
                "homework.factorial.ProcessFactorials");
        assertThat(found.get(CLASS).file()).contains(squares);
        assertThat(found.get("homework.factorial.FactorialWorker").file()).contains(worker);
        assertThat(found.get("homework.factorial.ProcessFactorials").file()).isEmpty();
    }

    @Test
    void folderMatchRequiresWholeFolderNames() {
        var shallow = source("SquaresAndCubes.java", SQUARES);
        var lookalike = source("myhomework/squares/SquaresAndCubes.java", SQUARES);
        assertThat(chosen(SourceLocator.locate(List.of(shallow, lookalike), CLASS)))
                .isEqualTo("SquaresAndCubes.java");
    }

    @Test
    void theNoteSaysWhichCopyWasGradedInRussianToo() {
        var backup = source("backup/homework/squares/SquaresAndCubes.java", SKELETON);
        var maven = source("src/main/java/homework/squares/SquaresAndCubes.java", SOLVED);

        var found = SourceLocator.locate(List.of(backup, maven), CLASS);

        assertThat(found.note().in(Language.RU)).isEqualTo("найдено 2 копии файла SquaresAndCubes.java в пакете "
                + "homework.squares; проверена src/main/java/homework/squares/SquaresAndCubes.java — копия в "
                + "структуре Maven (src/main/java), а пропущены backup/homework/squares/SquaresAndCubes.java");
    }

    @Test
    void theMavenLayoutWinsOverAShallowerBackupWhoseFoldersMatchToo() {
        var backup = source("backup/homework/squares/SquaresAndCubes.java", SKELETON);
        var maven = source("src/main/java/homework/squares/SquaresAndCubes.java", SOLVED);

        var found = SourceLocator.locate(List.of(backup, maven), CLASS);

        assertThat(found.file()).contains(maven);
        assertThat(english(found.note()))
                .isEqualTo("found 2 copies of SquaresAndCubes.java in package homework.squares;"
                + " graded src/main/java/homework/squares/SquaresAndCubes.java, the copy in the Maven layout"
                + " (src/main/java), and ignored backup/homework/squares/SquaresAndCubes.java");
    }

    @Test
    void outsideTheMavenLayoutACopyThatIsNotTheSkeletonWinsEvenAgainstMatchingFolders() {
        var skeleton = source("homework/squares/SquaresAndCubes.java", SKELETON, "2026-11-30T12:00:00Z");
        var solved = source("mine/SquaresAndCubes.java", SOLVED, "2026-11-01T12:00:00Z");

        var found = SourceLocator.locate(List.of(skeleton, solved), CLASS);

        assertThat(found.file()).contains(solved);
        assertThat(english(found.note()))
                .contains("graded mine/SquaresAndCubes.java, the copy whose methods are no longer"
                + " the skeleton's TODO,");
    }

    @Test
    void theSkeletonIsKnownByItsTodoBodyWhateverItsSpacingOrMessage() {
        var spaced = source("a/SquaresAndCubes.java", SQUARES.replace("{}",
                "{ void f() { throw  new\n UnsupportedOperationException( \"TODO: task 1\" ); } }"));
        var solved = source("b/SquaresAndCubes.java", SOLVED);

        assertThat(SourceLocator.locate(List.of(spaced, solved), CLASS).file()).contains(solved);
    }

    @Test
    void amongCopiesAlikeOtherwiseTheNewestWins() {
        var older = source("homework/squares/SquaresAndCubes.java", SOLVED, "2026-11-20T10:00:00Z");
        var newer = source("v2/homework/squares/SquaresAndCubes.java", SOLVED, "2026-11-21T10:00:00Z");

        var found = SourceLocator.locate(List.of(older, newer), CLASS);

        assertThat(found.file()).contains(newer);
        assertThat(english(found.note())).contains(", the copy changed last,");
    }

    @Test
    void copiesSavedWithinTwoSecondsCountAsEquallyNewAndTheShallowestWins() {
        var deeper = source("v2/homework/squares/SquaresAndCubes.java", SOLVED, "2026-11-21T10:00:01Z");
        var shallower = source("homework/squares/SquaresAndCubes.java", SOLVED, "2026-11-21T10:00:00Z");

        var found = SourceLocator.locate(List.of(deeper, shallower), CLASS);

        assertThat(found.file()).contains(shallower);
        assertThat(english(found.note())).contains(", the shallowest copy,");
    }

    /** A note as an English reader sees it. */
    private static String english(grader.text.Localized note) {
        return note.in(Language.EN);
    }
}
