package grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import grader.report.GradeReport;
import grader.report.TaskResult;
import grader.report.TextReport;
import grader.testsupport.EnglishPhrases;
import grader.testsupport.RepoFiles;
import grader.text.Catalog;
import grader.text.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a Russian-speaking student reads for the skeleton and for a one-flaw submission of each task, graded for
 * real: the verdict is reached once, and its Russian rendering holds no English sentence of the rubric's or the
 * engine's catalog, with the hint word in Russian; the English rendering of the same verdict is the English one.
 */
class RussianCorpusTest {

    private static final List<String> ENGLISH = EnglishPhrases.ofTheRubric();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"assignments", "submissions/t1-sequential", "submissions/t2-no-delay",
            "submissions/t3-computing-in-caller", "submissions/t4-sequential"})
    void readsInRussianWithoutAnEnglishSentence(String folder) throws IOException, InterruptedException {
        GradeReport report = Corpus.grade(RepoFiles.repo().resolve(folder), Corpus.seed());
        String russian = text(report, Language.RU);
        String english = text(report, Language.EN);

        assertThat(report.score()).as("something was lost").isLessThan(report.maxScore());
        for (String phrase : ENGLISH) {
            assertThat(russian).as("English left in the Russian report of " + folder).doesNotContain(phrase);
        }
        assertThat(russian).contains("Подсказка: ").doesNotContain("Hint:").contains("Итого");
        assertThat(english).contains("Hint: ").contains("Total");
        for (TaskResult task : report.tasks()) {
            assertThat(russian).contains(task.title().in(Language.RU));
        }
    }

    private static String text(GradeReport report, Language language) {
        StringWriter out = new StringWriter();
        TextReport.print(report, Catalog.of(language), new PrintWriter(out));
        return out.toString();
    }
}
