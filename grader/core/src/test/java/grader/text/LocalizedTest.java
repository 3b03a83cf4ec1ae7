package grader.text;

import static grader.text.Localized.verbatim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import grader.report.CheckResult;
import grader.report.GradeReport;
import grader.report.TaskResult;
import grader.report.TaskStatus;
import grader.text.Localized;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTest {

    @Test
    void aMessageIsRenderedInEveryLanguageOnce() {
        Localized text = Localized.of("report.same-reason");

        assertThat(text.in(Language.EN)).isEqualTo("(the same reason as above)");
        assertThat(text.in(Language.RU)).isEqualTo(Catalog.of(Language.RU).text("report.same-reason"))
                .isNotEqualTo(text.in(Language.EN));
    }

    @Test
    void verbatimTextIsTheSameInEveryLanguage() {
        Localized javac = Localized.verbatim("Squares.java:3: error: ';' expected");

        assertThat(javac.in(Language.EN)).isEqualTo(javac.in(Language.RU)).isEqualTo("Squares.java:3: error: ';' "
                + "expected");
        assertThat(Localized.NONE.isBlank()).isTrue();
    }

    @Test
    void joinsLanguageByLanguage() {
        Localized joined = Localized.join(" ", List.of(Localized.of("report.total"), Localized.verbatim("42")));

        assertThat(joined.in(Language.EN)).isEqualTo("Total 42");
        assertThat(joined.in(Language.RU)).isEqualTo(Catalog.of(Language.RU).text("report.total") + " 42");
    }

    @Test
    void aTextMissingALanguageIsRefused() {
        assertThatThrownBy(() -> new Localized(Map.of(Language.EN, "only English")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ru");
    }

    /** A batch judges submissions in parallel, and every thread renders through the same catalogs. */
    @Test
    void threadsRenderThroughTheSameCatalogsAlike() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> texts = new java.util.ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int count = i;
                texts.add(pool.submit(() -> Localized.of("rubric.stall.more-threads", "count", count % 30)
                        .in(Language.RU)));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).isEqualTo(Catalog.of(Language.RU)
                        .text("rubric.stall.more-threads", "count", i % 30));
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The batch caches a report as grade.json and reads it back for an unchanged submission. */
    @Test
    void aReportReadsBackFromJsonWithEveryLanguage() throws Exception {
        var check = new CheckResult("1.4", verbatim("the threads ran at the same time"), 0, 6, false,
                Localized.of("report.same-reason"));
        var task = new TaskResult(1, verbatim("Squares and cubes"), TaskStatus.COMPILE_ERROR, List.of(check),
                List.of(Localized.verbatim("Squares.java:3: error: ';' expected")), false);
        var report = new GradeReport("ivan", 7L, Localized.verbatim("none"), List.of(task), List.of(Localized.of("report.total")), 1.5);
        ObjectMapper json = new ObjectMapper();

        String written = json.writeValueAsString(report);
        GradeReport read = json.readValue(written, GradeReport.class);

        assertThat(read).isEqualTo(report);
        assertThat(read.tasks().get(0).checks().get(0).feedback().in(Language.RU))
                .isEqualTo(Catalog.of(Language.RU).text("report.same-reason"));
        assertThat(written).contains("\"feedback\":{\"EN\":\"(the same reason as above)\",\"RU\":");
    }
}
