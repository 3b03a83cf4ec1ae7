package grader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.score.Points;
import grader.engine.run.SandboxChoice;
import grader.text.Language;
import grader.text.Message;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    /** A command on an English machine: no test may depend on this machine's locale. */
    private final GradeCommand command = command(Language.EN);

    private GradeCommand command(Language machine) {
        return new GradeCommand(new PrintWriter(out), new PrintWriter(err), machine);
    }

    /** The command line read on an English machine, relative to the working folder. */
    private static Options parse(String... args) {
        return GradeArguments.parse(Path.of(""), Language.EN, args);
    }

    @Test
    void helpPrintsUsageOnOutAndExitsZero() {
        int code = command.run("--help");

        assertThat(code).isEqualTo(GradeCommand.EXIT_OK).isZero();
        assertThat(out.toString()).startsWith("Usage: ./grade").contains("--json FILE").contains("--seed N")
                .contains("--parallel N");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shortHelpOptionAlsoPrintsUsage() {
        assertThat(command.run("-h")).isZero();
        assertThat(out.toString()).startsWith("Usage: ./grade");
    }

    @Test
    void helpWinsOverOtherArguments() {
        assertThat(command.run("does-not-exist", "--bogus", "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: ./grade");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void unknownOptionExitsTwoWithUsageOnErr() {
        int code = command.run("--frobnicate");

        assertThat(code).isEqualTo(GradeCommand.EXIT_USAGE).isEqualTo(2);
        assertThat(err.toString()).contains("--frobnicate").contains("Usage: ./grade");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void secondPathExitsTwo(@TempDir Path dir) {
        int code = command.run(dir.toString(), dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unexpected argument").contains("Usage: ./grade");
    }

    @Test
    void missingPathExitsTwoAndNamesIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-submission.zip");

        int code = command.run(missing.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(missing.toString());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void parallelZeroExitsTwo(@TempDir Path dir) {
        int code = command.run(dir.toString(), "--parallel", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--parallel must be at least 1").contains("Usage: ./grade");
    }

    @Test
    void nonNumericSeedExitsTwo(@TempDir Path dir) {
        assertThat(command.run(dir.toString(), "--seed", "abc")).isEqualTo(2);
        assertThat(err.toString()).contains("--seed needs a whole number, not abc").contains("Usage: ./grade");
    }

    @Test
    void optionWithoutItsValueExitsTwo() {
        assertThat(command.run("--json")).isEqualTo(2);
        assertThat(err.toString()).contains("--json needs a value");
    }

    @Test
    void parseReadsEveryOption() {
        var options = parse("sub.zip", "--lang", "ru", "--json", "out/results.json", "--seed", "42",
                "--parallel", "8", "--keep", "--sandbox", "none", "--junit", "junit.xml", "--github",
                "--timings", "t.tsv", "--fail-under", "60");

        assertThat(options).isEqualTo(new Options(Path.of("sub.zip"), 42L, 8, SandboxChoice.Mode.NONE,
                new Options.Reports(Path.of("out/results.json"), Path.of("junit.xml"), true, Path.of("t.tsv"),
                        Optional.of(Points.of(60)), true), null, null, Optional.of(Language.RU), Optional.empty()));
    }

    @Test
    void parseReadsABatchAndPutsItsGradesBesideIt() {
        var options = parse("--batch", "class/submissions", "--jobs", "3", "--force");

        assertThat(options.batch()).isEqualTo(new Options.Batch(Path.of("class/submissions"),
                Path.of("class/grades").toAbsolutePath(), 3, true));
        assertThat(parse("--batch", "in", "--out", "gradebook").batch().out())
                .isEqualTo(Path.of("gradebook"));
    }

    @Test
    void parseRefusesASubmissionBesideABatch() {
        assertThatThrownBy(() -> parse("sub.zip", "--batch", "in"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    }

    @Test
    void aBatchRefusesTheReportsOfOneSubmissionByName(@TempDir Path dir) {
        assertThat(command.run("--batch", dir.toString(), "--json", "r.json", "--fail-under", "60", "--github"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("grade: not for a batch: --json, --fail-under, --github (for one submission;");
        assertThatThrownBy(() -> parse("--batch", "in", "--junit", "j.xml"))
                .hasMessageContaining("not for a batch: --junit (");
    }

    @Test
    void oneSubmissionRefusesTheOptionsOfABatch() {
        assertThatThrownBy(() -> parse("sub.zip", "--jobs", "3", "--force"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only with --batch DIR: --jobs, --force");
    }

    @Test
    void theTemplateExportTakesNothingElse() {
        assertThatThrownBy(() -> parse("sub.zip", "--export-template", "out", "--seed", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--export-template takes no other argument (given: PATH, --seed)");
        assertThatThrownBy(() -> parse("--batch", "in", "--export-template", "out"))
                .hasMessageContaining("given: --batch");
        assertThat(parse("--export-template", "out", "--lang", "ru").language())
                .as("the language of what the export says").contains(Language.RU);
        assertThat(parse("--export-template", "out", "--course", "c.yaml").course())
                .as("the course the template is for").contains(Path.of("c.yaml"));
    }

    @Test
    void theLanguageIsTheMachinesUnlessTheCommandLineSaysAndAWrongOneIsNamed(@TempDir Path dir) {
        assertThat(GradeArguments.parse(Path.of(""), Language.RU).language())
                .as("no --lang: the course's language, else the machine's, decides").isEmpty();
        assertThat(GradeArguments.parse(Path.of(""), Language.RU, "--lang", "en").language()).contains(Language.EN);
        assertThat(command.run(dir.toString(), "--lang", "fr")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang must be en or ru, not fr");
    }

    /** grade.cmd runs Java from the repository and says where the user was: their relative paths are from there. */
    @Test
    void relativePathsAreFromWhereTheCommandWasTyped() {
        Path here = Path.of("C:", "Users", "Пётр", "Мои документы", "homework").toAbsolutePath();

        var options = GradeArguments.parse(here, Language.EN, "my work.zip", "--json", "out/results.json");
        assertThat(options.submission()).isEqualTo(here.resolve("my work.zip"));
        assertThat(options.reports().json()).isEqualTo(here.resolve("out/results.json"));
        Path absolute = Path.of("elsewhere", "class").toAbsolutePath();
        assertThat(GradeArguments.parse(here, Language.EN, "--batch", absolute.toString()).batch().folder()).isEqualTo(absolute);
    }

    @Test
    void parseReadsTheTemplateFolderAndTheSandboxInAnyCase() {
        assertThat(parse().reports().failUnder()).as("no score fails by default").isEmpty();
        assertThat(parse("--export-template", "out").template()).isEqualTo(Path.of("out"));
        assertThat(parse("--sandbox", "BWrap").sandbox()).isEqualTo(SandboxChoice.Mode.BWRAP);
    }

    @Test
    void parseDefaultsToTheAssignmentsFolderAndFourJvms() {
        var options = parse();

        assertThat(options.submission().getFileName()).hasToString("assignments");
        assertThat(options.reports().json()).isNull();
        assertThat(options.seed()).isNull();
        assertThat(options.parallel()).isEqualTo(4);
        assertThat(options.reports().keep()).isFalse();
        assertThat(options.sandbox()).isEqualTo(SandboxChoice.Mode.AUTO);
        assertThat(options.batch()).isNull();
    }

    @Test
    void parseRefusesNegativeParallelAndNoJobs() {
        assertThatThrownBy(() -> parse("--parallel", "-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("--batch", "in", "--jobs", "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--jobs");
    }

    @Test
    void aWrongSandboxModeNamesTheChoices(@TempDir Path dir) {
        assertThat(command.run(dir.toString(), "--sandbox", "docker")).isEqualTo(2);
        assertThat(err.toString()).contains("--sandbox must be auto, bwrap, uid or none, not docker");
    }

    @Test
    void aClassArchiveThatCannotBeReadExitsTwoWithItsReason(@TempDir Path dir) throws java.io.IOException {
        Path rar = java.nio.file.Files.write(dir.resolve("class.rar"), new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0});

        int code = command.run("--batch", rar.toString(), "--out", dir.resolve("grades").toString(),
                "--sandbox", "none");

        assertThat(code).isEqualTo(GradeCommand.EXIT_USAGE);
        assertThat(err.toString()).isEqualTo("grade: class.rar is a RAR archive, which the grader cannot unpack:"
                + " upload a .zip or a .7z instead" + System.lineSeparator());
    }

    @Test
    void aBatchOfAFileThatIsNoArchiveExitsTwo(@TempDir Path dir) throws java.io.IOException {
        Path notes = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThat(command.run("--batch", notes.toString())).isEqualTo(GradeCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("there is no folder or class archive").contains("notes.txt");
    }

    @Test
    void aCourseFileThatCannotBeUsedExitsTwoWithEveryProblemAndItsLine(@TempDir Path dir) throws Exception {
        Path course = java.nio.file.Files.writeString(dir.resolve("course.yaml"), "language: fr\npas: 60\n");

        assertThat(command.run(dir.toString(), "--course", course.toString())).isEqualTo(GradeCommand.EXIT_USAGE);

        assertThat(err.toString()).isEqualTo("grade: The course file " + course + " cannot be used:\n"
                + "  " + course + ", line 1: the language must be en or ru, not fr\n"
                + "  " + course + ", line 2: there is no key `pas` here; did you mean `pass`? (the keys here: "
                + "assignments, pass, language)\n");
    }

    @Test
    void theCoursesLanguageSpeaksUnlessTheCommandLineSaysOtherwise(@TempDir Path dir) throws Exception {
        Path course = java.nio.file.Files.writeString(dir.resolve("course.yaml"), "language: ru\n");
        Path nowhere = dir.resolve("nowhere");

        assertThat(command.run(nowhere.toString(), "--course", course.toString())).isEqualTo(GradeCommand.EXIT_USAGE);
        assertThat(command.run(nowhere.toString(), "--course", course.toString(), "--lang", "en"))
                .isEqualTo(GradeCommand.EXIT_USAGE);

        assertThat(err.toString()).isEqualTo("grade: нет такого файла или папки: " + nowhere + "\n"
                + "grade: there is no file or folder " + nowhere + "\n");
    }

    @Test
    void aCourseFileThatIsNotThereIsNamedInTheMachinesLanguage(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.yaml");

        assertThat(command(Language.RU).run(dir.toString(), "--course", missing.toString()))
                .isEqualTo(GradeCommand.EXIT_USAGE);
        assertThat(err.toString()).isEqualTo("grade: нет такого файла или папки: " + missing + "\n");
    }

    @Test
    void theUsageKeepsItsColumnsAndItsOptionNames() {
        command.run("--help");

        assertThat(out.toString()).startsWith("""
                Usage: ./grade [PATH] [--json FILE] [--junit FILE] [--github] [--fail-under N] [--seed N] [--keep]
                               [--lang en|ru] [--course FILE]
                       ./grade --batch CLASS [--out OUT] [--jobs N] [--force] [--seed N] [--sandbox M] [--course FILE]
                       ./grade --export-template DIR [--lang en|ru] [--course FILE]
                  PATH          a submission: a folder or a .zip (default: the repository's assignments/)
                  --batch CLASS grade a class: a folder whose sub-folders and archives are one submission each,
                                or an LMS's "download all submissions" zip (Moodle, Canvas)
                """).contains("""
                  --jobs N      submissions graded at once in a batch (default 2)
                """).contains("""
                  --fail-under N
                                exit with 1 (and report 'fail' to GitHub Classroom) when the score is below N
                """).endsWith("""
                                no bubblewrap, as in a container), or none
                """);
    }

    @Test
    void helpIsInRussianWhenTheMachineIsRussian() {
        assertThat(command(Language.RU).run("--help")).isZero();

        assertThat(out.toString()).startsWith("""
                Запуск: ./grade [PATH] [--json FILE] [--junit FILE] [--github] [--fail-under N] [--seed N] [--keep]
                                [--lang en|ru] [--course FILE]
                        ./grade --batch CLASS [--out OUT] [--jobs N] [--force] [--seed N] [--sandbox M] [--course FILE]
                """).contains("""
                  PATH          решение: папка или .zip (по умолчанию — папка assignments/ репозитория)
                """).contains("""
                  --parallel N  сколько JVM с кодом студента запускать одновременно (по умолчанию 4)
                """);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpIsInTheLanguageLangGivesWhereverItStands() {
        assertThat(command.run("--lang", "ru", "--help")).isZero();
        assertThat(out.toString()).startsWith("Запуск: ./grade");

        out.getBuffer().setLength(0);
        assertThat(command(Language.RU).run("-h", "--lang", "en")).isZero();
        assertThat(out.toString()).startsWith("Usage: ./grade");

        out.getBuffer().setLength(0);
        assertThat(command(Language.RU).run("--help", "--lang", "fr")).as("not a language: the machine's").isZero();
        assertThat(out.toString()).startsWith("Запуск: ./grade");
    }

    /** A terminal is wide; a line of help longer than this would wrap in the middle of a word. */
    @Test
    void everyLineOfHelpFitsAndDescriptionsStartInOneColumn() {
        for (Language language : Language.values()) {
            String usage = Usage.text(grader.text.Catalog.of(language));
            assertThat(usage.lines()).as(language.code()).allSatisfy(line -> {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(112);
                assertThat(line).as("no trailing blanks").doesNotEndWith(" ");
            });
            assertThat(usage.lines().filter(l -> l.startsWith("    ") && !l.contains("./grade") && !l.contains("[--")))
                    .as(language.code() + ": a description's further lines stand in its column")
                    .isNotEmpty().allSatisfy(line -> assertThat(line).matches(" {16}\\S.*"));
        }
    }

    @Test
    void aMistakeAfterLangIsSaidInItsLanguageWithTheOptionNamed(@TempDir Path dir) {
        assertThat(command.run(dir.toString(), "--lang", "ru", "--parallel", "0")).isEqualTo(2);

        assertThat(err.toString()).startsWith("grade: значение --parallel должно быть не меньше 1"
                + System.lineSeparator() + "Запуск: ./grade");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMistakeBeforeLangIsSaidInTheMachinesLanguage() {
        assertThat(command(Language.RU).run("--seed", "abc", "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).startsWith("grade: после --seed нужно целое число, а не «abc»"
                + System.lineSeparator() + "Запуск: ./grade");

        err.getBuffer().setLength(0);
        assertThat(command.run("--jobs", "x", "--lang", "ru")).isEqualTo(2);
        assertThat(err.toString()).startsWith("grade: --jobs needs a whole number, not x" + System.lineSeparator()
                + "Usage: ./grade");
    }

    @Test
    void aWrongLangIsSaidInTheMachinesLanguage() {
        assertThat(command(Language.RU).run("--lang", "fr")).isEqualTo(2);
        assertThat(err.toString()).startsWith("grade: --lang принимает en или ru, а не «fr»");
    }

    @Test
    void aParseErrorCarriesItsMessageAndLanguageNotASentence() {
        assertThatThrownBy(() -> GradeArguments.parse(Path.of(""), Language.EN, "--lang", "ru", "--batch", "in",
                "--keep", "--timings", "t.tsv"))
                .isInstanceOfSatisfying(UsageException.class, e -> {
                    assertThat(e.message()).isEqualTo(Message.of("cli.error.not-for-a-batch", "options",
                            "--keep, --timings"));
                    assertThat(e.language()).isEqualTo(Language.RU);
                })
                .hasMessage("не для проверки группы: --keep, --timings (это для одного решения; --batch сам "
                        + "записывает results.json и feedback.txt каждого решения в папку --out)");
    }

    @Test
    void aMissingSubmissionIsNamedInRussian(@TempDir Path dir) {
        Path missing = dir.resolve("решение.zip");

        assertThat(command.run(missing.toString(), "--lang", "ru")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("grade: нет такого файла или папки: " + missing + System.lineSeparator());
    }

    @Test
    void theScoreBelowThePassMarkCountsPointsInRussian() {
        var ru = grader.text.Catalog.of(Language.RU);
        assertThat(ru.text("cli.below-pass-mark", "score", 1, "mark", 25))
                .isEqualTo("Набрано 1 балл, а проходной порог — 25 баллов (--fail-under).");
        assertThat(ru.text("cli.below-pass-mark", "score", 3, "mark", 21))
                .isEqualTo("Набрано 3 балла, а проходной порог — 21 балл (--fail-under).");
        assertThat(grader.text.Catalog.of(Language.EN).text("cli.below-pass-mark", "score", 3, "mark", 21))
                .isEqualTo("The score 3 is below the pass mark 21 (--fail-under).");
    }
}
