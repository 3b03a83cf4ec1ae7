package grader.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Outcome;
import grader.probe.evidence.Thrown;
import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
import grader.text.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout of feedback in each language, and what a failure carries to the verdict. */
class FeedbackTest {

    @Test
    void theLayoutIsTheSameInEveryLanguageWithItsOwnHintWord() {
        Localized text = Feedback.because(Message.of("rubric.common.returned", "call", "C.compute(10)"))
                .evidence(Localized.verbatim("`3^2 = 9`"))
                .hint(Message.of("rubric.common.output-limit-hint"))
                .text();

        assertThat(text.in(Language.EN)).isEqualTo("C.compute(10) returned.\n    `3^2 = 9`\n"
                + "    Hint: does a loop print without end?");
        assertThat(text.in(Language.RU)).isEqualTo("C.compute(10) вернул результат.\n    `3^2 = 9`\n"
                + "    Подсказка: нет ли цикла, который печатает без конца?");
    }

    @Test
    void aFailureCarriesEveryLanguageAndSaysItsEnglishAsItsMessage() {
        RubricFailure failure = Feedback.because(Message.of("rubric.common.skeleton")).failure();

        assertThat(failure.getMessage()).isEqualTo("This task is still the skeleton: implement it.");
        assertThat(failure.feedback().in(Language.RU)).isEqualTo("В этой задаче ещё заготовка: реализуйте её.");
    }

    @Test
    void anExceptionsChainIsJoinedInTheReadersWords() {
        var thrown = new Thrown(List.of("java.lang.IllegalStateException: x", "java.io.IOException: y"),
                "homework.X.m(X.java:12)");
        CallEvidence call = new CallEvidence("C.compute(10)", Outcome.THREW, -1, thrown, 1, List.of(), List.of(),
                List.of(), null, null, "", "", -1);

        Localized text = ((RubricFailure) Feedback.callFailed(call)).feedback();

        assertThat(text.in(Language.EN)).isEqualTo("C.compute(10) threw java.lang.IllegalStateException: x, caused "
                + "by java.io.IOException: y (at homework.X.m(X.java:12)).");
        assertThat(text.in(Language.RU)).isEqualTo("C.compute(10) выбросил исключение "
                + "java.lang.IllegalStateException: x, причина: java.io.IOException: y (в homework.X.m(X.java:12)).");
    }

    /** The English times are what Java's Formatter wrote before they went through ICU: the corpus compares them. */
    @Test
    void englishTimesAreFormattedAsBefore() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            long nanos = i < 10_000 ? i * 1_000L + random.nextInt(1000) : (long) (random.nextDouble() * 5e10);
            double ms = nanos / 1e6;
            String before = ms < 10 ? String.format(java.util.Locale.ROOT, "%.1f ms", ms)
                    : ms < 1000 ? String.format(java.util.Locale.ROOT, "%.0f ms", ms)
                    : String.format(java.util.Locale.ROOT, "%.2f s", ms / 1000);
            assertThat(Catalog.of(Language.EN).text(Millis.of(nanos))).as("%d ns", nanos).isEqualTo(before);
        }
    }

    @Test
    void timesAreTheCatalogsNumbers() {
        assertThat(Localized.of(Millis.of(400_000)).texts()).containsEntry(Language.EN, "0.4 ms")
                .containsEntry(Language.RU, "0,4 мс");
        assertThat(Localized.of(Millis.of(12_345_678_900_000L)).in(Language.EN)).isEqualTo("12345.68 s");
        assertThat(Localized.of(Millis.of(250_500_000)).in(Language.EN)).isEqualTo("251 ms");
        assertThat(Localized.of(Millis.delays(900_000_000, java.time.Duration.ofSeconds(1))).in(Language.RU))
                .isEqualTo("0,9 задержки");
    }
}
