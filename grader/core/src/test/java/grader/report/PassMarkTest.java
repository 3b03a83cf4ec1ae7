package grader.report;

import static grader.text.Localized.verbatim;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import grader.score.Points;
import grader.text.Catalog;
import grader.text.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The course's pass mark in what people read: the table, the GitHub summary, the class report; and in grade.json. */
class PassMarkTest {

    private static final TaskResult TASK = new TaskResult(2, verbatim("Delayed counting"), TaskStatus.GRADED,
            List.of(new CheckResult("2.1", verbatim("counts"), new Points(1250), new Points(1250), false, verbatim("")),
                    new CheckResult("2.2", verbatim("threads"), Points.ZERO, new Points(750), false,
                            verbatim("one thread"))), List.of(), false);

    private static final GradeReport WITHOUT = new GradeReport("ann", 7L, verbatim("none"), List.of(TASK), List.of(),
            1.0);

    @Test
    void theTableSaysWhetherTheScoreReachesThePassMarkAndIsSilentWithoutOne() {
        assertThat(text(WITHOUT.withPassMark(Points.of(12)), Language.EN))
                .contains("Total", "12.5/20\nPassed: the pass mark is 12.\n");
        assertThat(text(WITHOUT.withPassMark(new Points(1275)), Language.EN))
                .contains("12.5/20\nNot passed: the pass mark is 12.75.\n");
        assertThat(text(WITHOUT.withPassMark(new Points(1275)), Language.RU))
                .contains("Не зачтено: проходной порог — 12.75.");
        assertThat(text(WITHOUT, Language.EN)).doesNotContain("pass mark");
        assertThat(WITHOUT.passed()).isEmpty();
        assertThat(WITHOUT.withPassMark(new Points(1250)).passed()).as("reaching the mark is passing").contains(true);
    }

    @Test
    void theGitHubSummaryAndTheClassReportSayItToo() {
        GradeReport report = WITHOUT.withPassMark(Points.of(13));

        assertThat(GitHubSummary.markdown(report, Catalog.of(Language.EN)))
                .contains("**Not passed**: the pass mark is 13.");
        assertThat(GitHubSummary.markdown(WITHOUT, Catalog.of(Language.EN))).doesNotContain("pass mark");
        GradeReport bob = new GradeReport("bob", 8L, verbatim("none"), List.of(new TaskResult(2, TASK.title(),
                TaskStatus.GRADED, List.of(TASK.checks().get(0), new CheckResult("2.2", verbatim("threads"),
                        new Points(750), new Points(750), false, verbatim(""))), List.of(), false)), List.of(), 1.0,
                Points.of(13));
        String html = ClassReport.render(List.of(report, bob), null, Catalog.of(Language.RU));
        assertThat(html).contains("<div data-fact=\"pass\"><dt>Зачтено (проходной порог 13)</dt><dd>1 из 2</dd>");
        assertThat(ClassReport.render(List.of(WITHOUT), null, Catalog.of(Language.EN))).doesNotContain("data-fact=\"pass\"");
    }

    @Test
    void aBatchsGradeJsonKeepsFractionalPointsAndThePassMark() throws Exception {
        ObjectMapper json = new ObjectMapper();
        GradeReport report = WITHOUT.withPassMark(new Points(1275));

        String written = json.writeValueAsString(report);

        assertThat(written).contains("\"points\":12.5", "\"maxPoints\":7.5", "\"passMark\":12.75");
        assertThat(json.readValue(written, GradeReport.class)).isEqualTo(report);
        assertThat(json.readValue(json.writeValueAsString(WITHOUT), GradeReport.class)).isEqualTo(WITHOUT);
    }

    private static String text(GradeReport report, Language language) {
        var out = new StringWriter();
        TextReport.print(report, Catalog.of(language), new PrintWriter(out));
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
