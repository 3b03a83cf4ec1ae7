package grader.integration;

import static grader.testsupport.RepoFiles.repo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Russian versions of the contract and of the student README say what the English ones say: the same sections,
 * tables and rows in the same order, every code span of the English, the same code, and the same numbers (points,
 * sizes, delays), English {@code 10,000} and {@code 0.9} being Russian {@code 10 000} and {@code 0,9}; a rubric row's
 * id, bare in English prose ("rows 6.2 and 6.4"), keeps its dot in Russian after the word "пункт" ("пунктов 6.2 и
 * 6.4"). A code span may go on over a line break, as Markdown allows. Each file opens with a link to the other.
 */
class RussianDocsTest {

    private static final Path CONTRACT = Path.of("assignments/ASSIGNMENTS.md");
    private static final Path CONTRACT_RU = Path.of("assignments/ASSIGNMENTS.ru.md");
    private static final Path README = Path.of("grader/template/README.md");
    private static final Path README_RU = Path.of("grader/template/README.ru.md");

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\n]+)`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)]+)\\)");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*]|\\d+\\.)\\s");
    /** English numbers: {@code 10,000}, {@code 0.9}; "1..10" is two numbers. */
    private static final Pattern NUMBER_EN = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?");
    /** Russian numbers: {@code 10 000} with a no-break or narrow no-break space, {@code 0,9}. */
    private static final Pattern NUMBER_RU = Pattern.compile("\\d{1,3}(?:[\u00A0\u202F]\\d{3})+(?!\\d)|\\d+(?:,\\d+)?");
    /** A rubric row's id in Russian prose: {@code пункт 7.4}, {@code пунктов 6.2 и 6.4} (English: rows 6.2 and 6.4). */
    private static final Pattern ROW_ID_RU = Pattern.compile(
            "(?iU)\\bпункт\\p{L}*\\s+(\\d\\.\\d)(?!\\d)(?:\\s+и\\s+(\\d\\.\\d)(?!\\d))?");

    @Test
    void eachVersionOfTheContractOpensWithALinkToTheOther() throws IOException {
        assertLinked(CONTRACT, "По-русски: ", CONTRACT_RU);
        assertLinked(CONTRACT_RU, "In English: ", CONTRACT);
    }

    @Test
    void eachVersionOfTheReadmeOpensWithALinkToTheOther() throws IOException {
        assertLinked(README, "По-русски: ", README_RU);
        assertLinked(README_RU, "In English: ", README);
    }

    @Test
    void theRussianContractHasTheSectionsTablesCodeAndNumbersOfTheEnglish() throws IOException {
        assertSameContent(Doc.read(CONTRACT, NUMBER_EN), Doc.read(CONTRACT_RU, NUMBER_RU));
    }

    @Test
    void everyRubricRowHasTheSamePointsAndNumbersInBothLanguages() throws IOException {
        List<Line> english = Doc.read(CONTRACT, NUMBER_EN).tableRows();
        List<Line> russian = Doc.read(CONTRACT_RU, NUMBER_RU).tableRows();
        assertThat(english).as("the rows of the four rubrics").hasSizeGreaterThan(4 * 4);
        assertThat(russian).as("the Russian rubrics' rows").hasSameSizeAs(english);
        for (int r = 0; r < english.size(); r++) {
            Line en = english.get(r);
            Line ru = russian.get(r);
            assertThat(points(ru)).as("points of the Russian row %s", ru.text()).isEqualTo(points(en));
            assertThat(ru.numbers()).as("numbers of the Russian row %s", ru.text()).isEqualTo(en.numbers());
            assertThat(ru.codeSpans()).as("code of the Russian row %s", ru.text()).containsAll(en.codeSpans());
        }
    }

    @Test
    void theRussianReadmeHasTheSectionsTablesCodeAndNumbersOfTheEnglish() throws IOException {
        assertSameContent(Doc.read(README, NUMBER_EN), Doc.read(README_RU, NUMBER_RU));
    }

    // ---------------------------------------------------------------- helpers

    /** A line of prose, a list item or a table row, with its code spans and its numbers outside them. */
    record Line(String text, List<String> codeSpans, List<String> numbers) {

        static Line of(String text, Pattern number) {
            List<String> spans = new ArrayList<>();
            Matcher span = CODE_SPAN.matcher(text);
            while (span.find()) {
                spans.add(span.group(1));
            }
            String prose = CODE_SPAN.matcher(LIST_MARKER.matcher(text).replaceFirst("")).replaceAll(" ");
            List<String> numbers = new ArrayList<>();
            if (number == NUMBER_RU) {
                Matcher id = ROW_ID_RU.matcher(prose);
                while (id.find()) {
                    for (int g = 1; g <= id.groupCount() && id.group(g) != null; g++) {
                        numbers.add(new BigDecimal(id.group(g)).toPlainString());
                    }
                }
                prose = id.replaceAll(" ");
            }
            Matcher found = number.matcher(prose);
            while (found.find()) {
                String digits = found.group().replace(",", number == NUMBER_EN ? "" : ".")
                        .replaceAll("[\u00A0\u202F]", "");
                numbers.add(new BigDecimal(digits).stripTrailingZeros().toPlainString());
            }
            numbers.sort(null);
            return new Line(text, spans, numbers);
        }
    }

    /**
     * What lies under one {@code ##} heading (or before the first): the heading, its prose and list items, its tables
     * (each as its rows, without the header and the separator), its fenced code blocks, and its count of list items.
     */
    record Section(Line heading, List<Line> lines, List<List<Line>> tables, List<String> codeBlocks, int listItems) {

        List<String> codeSpans() {
            List<String> spans = new ArrayList<>(heading.codeSpans());
            lines.forEach(l -> spans.addAll(l.codeSpans()));
            tables.forEach(t -> t.forEach(r -> spans.addAll(r.codeSpans())));
            return spans;
        }

        List<String> numbers() {
            List<String> numbers = new ArrayList<>(heading.numbers());
            lines.forEach(l -> numbers.addAll(l.numbers()));
            tables.forEach(t -> t.forEach(r -> numbers.addAll(r.numbers())));
            numbers.sort(null);
            return numbers;
        }
    }

    record Doc(Path file, List<Section> sections) {

        List<Line> tableRows() {
            return sections.stream().flatMap(s -> s.tables().stream()).flatMap(List::stream).toList();
        }

        /** Reads a Markdown file, leaving out its first line (the link to the other language). */
        static Doc read(Path file, Pattern number) throws IOException {
            List<String> all = Files.readAllLines(repo().resolve(file));
            List<Section> sections = new ArrayList<>();
            Line heading = Line.of("", number);
            List<Line> lines = new ArrayList<>();
            List<List<Line>> tables = new ArrayList<>();
            List<String> codeBlocks = new ArrayList<>();
            int listItems = 0;
            List<Line> table = null;
            StringBuilder code = null;
            for (String line : joinSpansOverLineBreaks(all.subList(1, all.size()))) {
                if (code != null) {
                    if (line.startsWith("```")) {
                        codeBlocks.add(code.toString());
                        code = null;
                    } else {
                        code.append(line.replaceAll("\\s*//.*$", "").stripTrailing()).append('\n');
                    }
                    continue;
                }
                if (!line.startsWith("|")) {
                    table = null;
                }
                if (line.startsWith("```")) {
                    code = new StringBuilder(line.substring(3)).append('\n');
                } else if (line.startsWith("## ")) {
                    sections.add(new Section(heading, lines, tables, codeBlocks, listItems));
                    heading = Line.of(line, number);
                    lines = new ArrayList<>();
                    tables = new ArrayList<>();
                    codeBlocks = new ArrayList<>();
                    listItems = 0;
                } else if (line.startsWith("|")) {
                    if (table == null) {
                        table = new ArrayList<>();
                        tables.add(table);
                    } else if (!line.matches("\\|(\\s*:?-+:?\\s*\\|)+")) {
                        table.add(Line.of(line, number));
                    }
                } else {
                    if (LIST_MARKER.matcher(line).find()) {
                        listItems++;
                    }
                    lines.add(Line.of(line, number));
                }
            }
            assertThat(code).as("an unclosed code block in " + file).isNull();
            sections.add(new Section(heading, lines, tables, codeBlocks, listItems));
            return new Doc(file, sections);
        }

        /**
         * The lines, with each prose line whose code span goes on over the line break joined to the lines that
         * close it (Markdown reads that break as a space), so that the span is read whole, its numbers as code.
         */
        static List<String> joinSpansOverLineBreaks(List<String> lines) {
            List<String> joined = new ArrayList<>();
            boolean fenced = false;
            for (String line : lines) {
                int last = joined.size() - 1;
                if (!fenced && last >= 0 && opensACodeSpan(joined.get(last)) && isProse(line)
                        && !LIST_MARKER.matcher(line).find()) {
                    joined.set(last, joined.get(last) + " " + line.strip());
                    continue;
                }
                if (line.startsWith("```")) {
                    fenced = !fenced;
                }
                joined.add(line);
            }
            return joined;
        }

        private static boolean isProse(String line) {
            return !line.isBlank() && !line.startsWith("|") && !line.startsWith("#") && !line.startsWith("```");
        }

        private static boolean opensACodeSpan(String line) {
            return isProse(line) && line.chars().filter(c -> c == '`').count() % 2 == 1;
        }
    }

    private static void assertSameContent(Doc english, Doc russian) {
        assertThat(russian.sections()).as("%s: sections", russian.file()).hasSameSizeAs(english.sections());
        for (int s = 0; s < english.sections().size(); s++) {
            Section en = english.sections().get(s);
            Section ru = russian.sections().get(s);
            String where = russian.file() + ", section \"" + ru.heading().text() + "\"";
            assertThat(ru.heading().numbers()).as("%s: numbers of the heading", where)
                    .isEqualTo(en.heading().numbers());
            assertThat(ru.heading().codeSpans()).as("%s: code of the heading", where)
                    .isEqualTo(en.heading().codeSpans());
            assertThat(ru.tables()).as("%s: tables", where).hasSameSizeAs(en.tables());
            for (int t = 0; t < en.tables().size(); t++) {
                assertThat(ru.tables().get(t)).as("%s: rows of table %d", where, t + 1)
                        .hasSameSizeAs(en.tables().get(t));
            }
            assertThat(ru.listItems()).as("%s: list items", where).isEqualTo(en.listItems());
            assertThat(ru.codeBlocks()).as("%s: code blocks, comments aside", where).isEqualTo(en.codeBlocks());
            assertThat(ru.codeSpans()).as("%s: code spans", where).containsAll(en.codeSpans());
            assertThat(ru.numbers()).as("%s: numbers outside code", where).isEqualTo(en.numbers());
        }
    }

    /** The file's first line is {@code prefix} and a Markdown link to {@code other}, relative to the file's folder. */
    private static void assertLinked(Path file, String prefix, Path other) throws IOException {
        Path path = repo().resolve(file);
        assertThat(path).exists();
        String first = Files.readAllLines(path).get(0);
        assertThat(first).as("the first line of " + file).startsWith(prefix);
        Matcher link = LINK.matcher(first);
        assertThat(link.find()).as("a link in the first line of " + file).isTrue();
        assertThat(path.getParent().resolve(link.group(1)).normalize()).as("where the first line of %s links", file)
                .isEqualTo(repo().resolve(other).normalize());
    }

    /** The last cell of a rubric row. */
    private static int points(Line row) {
        String[] cells = row.text().split("\\|");
        return Integer.parseInt(cells[cells.length - 1].strip());
    }
}
