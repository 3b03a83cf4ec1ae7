package grader.testsupport;

import grader.text.Catalog;
import grader.text.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Russian reader must never see: the literal words of every English catalog entry of the rubric, the
 * engine and the task titles, outside its arguments, each run of at least two words.
 */
public final class EnglishPhrases {

    private EnglishPhrases() {}

    public static List<String> ofTheRubric() {
        // the whole English catalog: the grader's own entries and every installed assignment's
        Catalog en = Catalog.of(Language.EN);
        List<String> phrases = new ArrayList<>();
        for (String key : en.keys()) {
            if (!key.startsWith("rubric.") && !key.startsWith("engine.") && !key.startsWith("task.")) {
                continue;
            }
            for (String literal : en.pattern(key).split("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}")) {
                // code in backticks and after a colon stays as it is in Russian too
                String words = literal.replaceAll("`[^`]*`", " ").strip();
                if (words.matches(".*[A-Za-z]{2,}\\s+[A-Za-z]{2,}.*") && !isCode(words)) {
                    phrases.add(words);
                }
            }
        }
        return phrases;
    }

    /** Code the Russian quotes as it is: a call, an option list, a class name. */
    private static boolean isCode(String words) {
        return words.contains("(") && !words.contains(" the ") && words.matches("[^ ]*\\(.*");
    }
}
