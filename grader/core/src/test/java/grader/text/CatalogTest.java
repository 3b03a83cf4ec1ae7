package grader.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.MessageFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog en = Catalog.of(Language.EN);
    private final Catalog ru = Catalog.of(Language.RU);

    @Test
    void everyEntryIsInBothLanguagesWithTheSameArguments() {
        assertThat(new TreeSet<>(ru.keys())).isEqualTo(new TreeSet<>(en.keys()));
        for (String key : en.keys()) {
            assertThat(arguments(ru, key)).as(key).isEqualTo(arguments(en, key));
        }
    }

    @Test
    void russianNumbersHaveADecimalComma() {
        assertThat(ru.text("report.graded-in", "seconds", 4.56, "sandbox", "bubblewrap"))
                .isEqualTo("Проверено за 4,6 с; код студента запускался так: bubblewrap");
        assertThat(en.text("report.graded-in", "seconds", 4.56, "sandbox", "bubblewrap"))
                .isEqualTo("Graded in 4.6 s; student code ran as: bubblewrap");
    }

    @Test
    void aMessageMayCarryAnotherAsAnArgument() {
        Message inner = Message.of("status.compile-error");
        assertThat(ru.text(Message.of("report.note", "note", inner))).isEqualTo("Примечание: не компилируется");
    }

    @Test
    void aMissingEntryOrAnOddArgumentListIsAnErrorNotASilentFallback() {
        assertThatThrownBy(() -> ru.text("no.such.entry")).hasMessageContaining("no message no.such.entry in the ru");
        assertThatThrownBy(() -> Message.of("report.note", "note")).hasMessageContaining("pairs");
    }

    @Test
    void theLanguageIsTheCommandLinesThenTheCoursesThenTheMachines() {
        Map<String, String> russianMachine = Map.of("LANG", "ru_RU.UTF-8");
        assertThat(Language.choose(Optional.of("en"), Optional.of("ru"), russianMachine, "ru")).isEqualTo(Language.EN);
        assertThat(Language.choose(Optional.empty(), Optional.of("ru"), Map.of("LANG", "C.UTF-8"), "en"))
                .isEqualTo(Language.RU);
        assertThat(Language.choose(Optional.empty(), Optional.empty(), russianMachine, "en")).isEqualTo(Language.RU);
        assertThat(Language.choose(Optional.empty(), Optional.empty(), Map.of("LANG", "ru_RU.UTF-8", "LC_ALL", "C"),
                "ru")).as("LC_ALL wins, and C means English").isEqualTo(Language.EN);
        assertThat(Language.choose(Optional.empty(), Optional.empty(), Map.of(), "ru"))
                .as("Windows sets no LANG; the JVM's user.language says it").isEqualTo(Language.RU);
        assertThat(Language.choose(Optional.empty(), Optional.empty(), Map.of("LANG", "de_DE.UTF-8"), "de"))
                .isEqualTo(Language.EN);
    }

    @Test
    void anUnknownLanguageIsRefusedByName() {
        assertThat(Language.parse("RU")).isEqualTo(Language.RU);
        assertThat(Language.parse("ru-RU")).isEqualTo(Language.RU);
        assertThatThrownBy(() -> Language.parse("fr")).hasMessage("not a language of the grader: fr (en or ru)");
    }

    private static Set<String> arguments(Catalog catalog, String key) {
        return new MessageFormat(catalog.pattern(key)).getArgumentNames();
    }
}
