package grader.rubric;

import grader.text.Localized;
import java.util.List;

/** Names in code spans as a list in words: {@code `a`}, {@code `a` and `b`}, {@code `a`, `b` and `c`}. */
public final class Names {

    private Names() {}

    public static Localized of(List<String> names) {
        List<String> spans = names.stream().map(n -> "`" + n + "`").toList();
        if (spans.size() == 1) {
            return Localized.verbatim(spans.get(0));
        }
        return Localized.of("rubric.common.and", "init", String.join(", ", spans.subList(0, spans.size() - 1)),
                "last", spans.get(spans.size() - 1));
    }
}
