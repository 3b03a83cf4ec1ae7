package grader.report;

import static grader.text.Localized.allVerbatim;
import static grader.text.Localized.verbatim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassReportTest {

    /** The contract's rubric: per task its title and its checks (id, points, text). */
    private static final Map<Integer, String> TITLES = Map.of(1, "Squares and cubes", 2, "Delayed counting",
            3, "Asynchronous squares", 4, "Factorials in child processes");
    private static final List<List<Object>> RUBRIC = List.of(
            List.of("1.1", 4, "returned squares are right"), List.of("1.2", 4, "returned cubes are right (same)"),
            List.of("1.3", 6, "every square line was printed by one thread"),
            List.of("1.4", 6, "the square thread and the cube thread were alive at the same time"),
            List.of("1.5", 3, "nothing is printed after `compute` returns"),
            List.of("1.6", 2, "every line has the format above"),
            List.of("2.1", 5, "every thread that printed printed exactly 1..10"),
            List.of("2.2", 5, "exactly `threads` distinct threads did the printing"),
            List.of("2.3", 5, "two consecutive lines of one thread are at least `delay` apart"),
            List.of("2.4", 7, "the threads counted at the same time"),
            List.of("2.5", 3, "`run` returns only after every line was printed"),
            List.of("3.1", 6, "the squares are right and in input order"),
            List.of("3.2", 5, "the 10-item call returns within a quarter of the delay"),
            List.of("3.3", 6, "the 10-item future completes between 0.9 and 1.5 delays after the call"),
            List.of("3.4", 6, "10,000 items complete within 3 delays"),
            List.of("3.5", 2, "an empty list completes with an empty list"),
            List.of("4.1", 5, "the returned map is right"), List.of("4.2", 6, "one child JVM per number"),
            List.of("4.3", 6, "the children ran at the same time"),
            List.of("4.4", 3, "no child process is left running when `compute` returns"),
            List.of("4.5", 5, "`FactorialWorker` run on its own prints the right line for 25"));

    private static final String SEQUENTIAL = "Your cube thread only started after the square thread had finished: "
            + "the two never ran at the same time.\n    the square thread `Thread-0` printed from 0.2 ms to 0.4 ms\n"
            + "    Hint: start both threads before you wait for either: a.start(); b.start(); a.join(); b.join();";
    private static final String ONE_AFTER_ANOTHER = "The threads counted one after another: the run took 30 delays."
            + "\n    Hint: start every thread before you join any.";
    private static final String HUNG = "DelayedCounting.run(3, PT0.1S) did not return within its time limit\n"
            + "    Hint: a deadlock, an endless loop, or a join/await on something that never ends?";
    private static final String BAD_LINE = "Line `<script>alert(1)</script>` is not of the form `i^2 = v`.\n"
            + "    printed: 3^2 = 9 & 4 > 3 \u001b[31m<b>red</b>";
    private static final String COMPILER = "homework/async/AsyncSquares.java:12: error: ';' expected\n"
            + "        return x < y && z > 0\n                             ^";
    private static final String EVIL_NAME = "<script>alert(\"x\")</script> Mallory & Co";
    private static final String CYRILLIC = "Борис Петров";

    private static TaskResult task(int number, TaskStatus status, Map<String, String> failed, List<String> messages,
            boolean timedOut) {
        List<CheckResult> checks = new ArrayList<>();
        for (List<Object> row : RUBRIC) {
            String id = (String) row.get(0);
            if (!id.startsWith(number + ".")) {
                continue;
            }
            int points = (Integer) row.get(1);
            String feedback = status != TaskStatus.GRADED ? "This task does not compile, so it could not be graded."
                    : failed.getOrDefault(id, null);
            boolean lost = status != TaskStatus.GRADED || feedback != null;
            checks.add(new CheckResult(id, verbatim((String) row.get(2)), lost ? 0 : points, points, false,
                    verbatim(lost ? feedback : "")));
        }
        return new TaskResult(number, verbatim(TITLES.get(number)), status, checks, allVerbatim(messages), timedOut);
    }

    /** A submission whose four tasks are graded and lose exactly {@code failed} (id to feedback). */
    private static GradeReport graded(String name, Map<String, String> failed) {
        List<TaskResult> tasks = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            tasks.add(task(n, TaskStatus.GRADED, failed, List.of(), false));
        }
        return new GradeReport(name, 42L + name.length(), Localized.verbatim("bubblewrap"), tasks, List.of(), 4.4);
    }

    private static final GradeReport ALICE = graded("alice", Map.of());
    private static final GradeReport BORIS = graded(CYRILLIC, Map.of("1.4", SEQUENTIAL, "2.4", ONE_AFTER_ANOTHER));
    private static final GradeReport CAROL = new GradeReport("carol", 7L, Localized.verbatim("bubblewrap"), List.of(
            task(1, TaskStatus.GRADED, Map.of(), List.of(), false),
            task(2, TaskStatus.GRADED, Map.of(), List.of(), false),
            task(3, TaskStatus.COMPILE_ERROR, Map.of(), List.of(COMPILER), false),
            task(4, TaskStatus.GRADED, Map.of(), List.of(), false)), List.of(), 2.0);
    private static final GradeReport DAVE;
    static {
        Map<String, String> failed = new LinkedHashMap<>();
        for (String id : List.of("2.1", "2.2", "2.3", "2.4", "2.5")) {
            failed.put(id, HUNG);
        }
        failed.put("1.4", SEQUENTIAL);
        DAVE = new GradeReport("dave", 9L, Localized.verbatim("bubblewrap"), List.of(
                task(1, TaskStatus.GRADED, failed, List.of(), false),
                task(2, TaskStatus.GRADED, failed, List.of(), true),
                task(3, TaskStatus.GRADED, failed, List.of(), false),
                task(4, TaskStatus.GRADED, failed, List.of(), false)), List.of(), 31.5);
    }
    private static final GradeReport MALLORY = new GradeReport(EVIL_NAME, 13L, Localized.verbatim("bubblewrap"), List.of(
            task(1, TaskStatus.GRADED, Map.of("1.6", BAD_LINE), List.of(), false),
            task(2, TaskStatus.GRADED, Map.of(), List.of(), false),
            task(3, TaskStatus.GRADED, Map.of(), List.of(), false),
            task(4, TaskStatus.GRADED, Map.of(), List.of(), false)),
            allVerbatim(List.of("homework/A.java: read as Windows-1251 <b>bold</b>.")), 3.0);

    private static final List<GradeReport> CLASS = List.of(ALICE, BORIS, CAROL, DAVE, MALLORY);
    private static final ClassReport.Info INFO = new ClassReport.Info("Concurrency homework <1> & co",
            Localized.verbatim("bubblewrap"), 4, 754.2, "1.0.0-SNAPSHOT");

    private static final Catalog EN = Catalog.of(Language.EN);
    private static final Catalog RU = Catalog.of(Language.RU);

    private static String render(List<GradeReport> reports) {
        return ClassReport.render(reports, INFO, EN);
    }

    /** The document as XML: only the doctype and the unclosed meta charset are HTML-only. */
    private static void assertWellFormed(String html) {
        String xml = html.replaceFirst("^<!DOCTYPE html>", "").replace("<meta charset=\"utf-8\">",
                "<meta charset=\"utf-8\"/>");
        assertThatCode(() -> {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        }).doesNotThrowAnyException();
    }

    private static void assertSelfContained(String html) {
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        assertThat(lower).doesNotContain("http://", "https://", "src=", "url(", "@import", "<link", "<script",
                "<iframe", "<object", "<embed", "<img");
    }

    private static int countOf(String html, String part) {
        return html.split(Pattern.quote(part), -1).length - 1;
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertThat(start).as("section " + id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void isAnHtmlDocumentInUtf8ThatIsWellFormed() {
        String html = render(CLASS);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("<html lang=\"en\">").endsWith("</html>\n");
        assertWellFormed(html);
    }

    @Test
    void referencesNothingOutsideTheFile() {
        assertSelfContained(render(CLASS));
    }

    @Test
    void headerGivesTheRunAndTheClassFigures() {
        String html = render(CLASS);

        assertThat(html).contains("<title>Concurrency homework &lt;1&gt; &amp; co</title>")
                .contains("<h1>Concurrency homework &lt;1&gt; &amp; co</h1>")
                .contains("data-fact=\"submissions\"><dt>Submissions</dt><dd>5</dd>")
                // totals 100, 87, 75, 69, 98
                .contains("data-fact=\"mean\"><dt>Mean total</dt><dd>85.8</dd>")
                .contains("data-fact=\"median\"><dt>Median total</dt><dd>87</dd>")
                .contains("data-fact=\"sandbox\"><dt>Student code ran</dt><dd>bubblewrap</dd>")
                .contains("data-fact=\"parallelism\"><dt>Parallelism</dt><dd>4</dd>")
                .contains("data-fact=\"wall\"><dt>Wall time</dt><dd>754.2 s (12 min 34 s)</dd>")
                .contains("data-fact=\"version\"><dt>Grader version</dt><dd>1.0.0-SNAPSHOT</dd>")
                .contains("data-status=\"graded\" data-count=\"3\"")
                .contains("data-status=\"compile-error\" data-count=\"1\"")
                .contains("data-status=\"timeout\" data-count=\"1\"");
    }

    @Test
    void histogramCountsTotalsInTenPointBinsTheLastTakingTheMaximum() {
        String html = render(CLASS);

        Matcher bins = Pattern.compile("data-range=\"(\\d+)-(\\d+)\" data-count=\"(\\d+)\"").matcher(html);
        Map<String, Integer> counts = new LinkedHashMap<>();
        while (bins.find()) {
            counts.put(bins.group(1) + "-" + bins.group(2), Integer.parseInt(bins.group(3)));
        }
        assertThat(counts).containsExactly(Map.entry("0-9", 0), Map.entry("10-19", 0), Map.entry("20-29", 0),
                Map.entry("30-39", 0), Map.entry("40-49", 0), Map.entry("50-59", 0), Map.entry("60-69", 1),
                Map.entry("70-79", 1), Map.entry("80-89", 1), Map.entry("90-100", 2));
        assertThat(html).contains("<title>90–100: 2 submissions</title>").contains("<title>60–69: 1 submission</title>")
                .contains("class=\"count\">2</text>");
    }

    @Test
    void passRatesCountOnlyGradedTasksAndAreSortedById() {
        String html = render(CLASS);
        String checks = section(html, "checks");

        // 1.4 lost by Boris and Dave; 2.4 likewise (Dave's task 2 timed out but was graded).
        assertThat(checks).contains("id=\"check-1.4\" data-passed=\"3\" data-graded=\"5\"")
                .contains("id=\"check-2.4\" data-passed=\"3\" data-graded=\"5\"")
                .contains("id=\"check-2.1\" data-passed=\"4\" data-graded=\"5\"")
                .contains("id=\"check-1.6\" data-passed=\"4\" data-graded=\"5\"")
                // Carol's task 3 does not compile: it is not counted.
                .contains("id=\"check-3.1\" data-passed=\"4\" data-graded=\"4\"")
                .contains("id=\"check-4.5\" data-passed=\"5\" data-graded=\"5\"")
                .contains("<td class=\"num\">3 / 5</td>").contains(">60%</span>").contains("width: 60.0%")
                .contains(">100%</span>");
        assertThat(countOf(checks, "<tr id=\"check-")).isEqualTo(RUBRIC.size());
        List<Integer> order = RUBRIC.stream().map(r -> checks.indexOf("id=\"check-" + r.get(0) + "\"")).toList();
        assertThat(order).isSorted().doesNotContain(-1);
        assertThat(checks).contains("exactly <code>threads</code> distinct threads did the printing")
                .contains("<td class=\"num\">7</td>");
    }

    @Test
    void mostCommonMistakesAreTheFiveLowestPassRates() {
        String mistakes = section(render(CLASS), "mistakes");

        Matcher m = Pattern.compile("<li data-check=\"([^\"]+)\"").matcher(mistakes);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        // 1.4 and 2.4 at 3/5; then 1.6, 2.1, 2.2 (2.3, 2.5) at 4/5, ties by id.
        assertThat(ids).containsExactly("1.4", "2.4", "1.6", "2.1", "2.2");
        assertThat(mistakes).contains("3 / 5 passed (60%)").contains("href=\"#check-1.4\"")
                .contains("Most often: Your cube thread only started after the square thread had finished")
                .contains("(2 of 2)");
    }

    @Test
    void checksIdsCompareNumerically() {
        assertThat(ClassReport.compareIds("1.2", "1.10")).isNegative();
        assertThat(ClassReport.compareIds("2.1", "1.9")).isPositive();
        assertThat(ClassReport.compareIds("1.4", "1.4")).isZero();
    }

    @Test
    void studentsTableHasEveryStudentLinkedToTheirSectionWithTaskScoresTotalAndStatus() {
        String html = render(CLASS);
        String table = section(html, "students");

        for (int i = 1; i <= CLASS.size(); i++) {
            assertThat(table).contains("href=\"#student-" + i + "\"");
            assertThat(html).contains("<article class=\"student\" id=\"student-" + i + "\">");
        }
        assertThat(table).contains("Task 1<span class=\"sub\">/25</span>").contains("Task 4<span class=\"sub\">/25")
                .contains("Total<span class=\"sub\">/100</span>")
                .contains("<a href=\"#student-2\">" + CYRILLIC + "</a>")
                .contains("<a href=\"#student-5\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Mallory &amp; "
                        + "Co</a>")
                .contains("<tr class=\"st-graded\" data-total=\"100\">")
                .contains("<tr class=\"st-compile-error\" data-total=\"75\">")
                .contains("<tr class=\"st-timeout\" data-total=\"69\">")
                .contains("<td class=\"num\">0<span class=\"why\">compile-error</span></td>")
                .contains("<td class=\"num\">0<span class=\"why\">timeout</span></td>")
                .contains("<span class=\"badge st-compile-error\">compile-error</span>")
                .contains("<span class=\"badge st-timeout\">timeout</span>")
                .contains("<td class=\"num total\">85.8</td>");
        // Carol's row: 25, 25, 0, 25, total 75.
        assertThat(table).contains("href=\"#student-3\">carol</a></td><td class=\"num\">25</td>"
                + "<td class=\"num\">25</td><td class=\"num\">0<span class=\"why\">compile-error</span></td>"
                + "<td class=\"num\">25</td><td class=\"num total\">75</td>");
    }

    @Test
    void everyStudentSectionHasEachLostChecksFeedbackWithItsNewlines() {
        String html = render(CLASS);

        assertThat(html).contains("<div class=\"fb\">Your cube thread only started after the square thread had "
                + "finished: the two never ran at the same time.\n    the square thread <code>Thread-0</code> "
                + "printed from 0.2 ms to 0.4 ms\n    Hint: start both threads before you wait for either: "
                + "a.start(); b.start(); a.join(); b.join();</div>")
                .contains("<div class=\"fb\">The threads counted one after another: the run took 30 delays.\n    "
                        + "Hint: start every thread before you join any.</div>")
                .contains("<div class=\"fb\">DelayedCounting.run(3, PT0.1S) did not return within its time limit\n"
                        + "    Hint: a deadlock, an endless loop, or a join/await on something that never ends?</div>")
                .contains("(the same reason as above)")
                // The compiler's message, escaped, newlines kept.
                .contains("<pre class=\"message\">homework/async/AsyncSquares.java:12: error: &#39;;&#39; expected\n"
                        + "        return x &lt; y &amp;&amp; z &gt; 0\n")
                .contains("This task does not compile, so it could not be graded.")
                .contains("<li>homework/A.java: read as Windows-1251 &lt;b&gt;bold&lt;/b&gt;.</li>")
                .contains("<h3><span class=\"name\">" + CYRILLIC + "</span> <span class=\"total\">87/100</span>")
                .contains("<h4>Task 1 · Squares and cubes <span class=\"score\">25/25</span> <span class=\"ok\">every check "
                        + "passed</span></h4>")
                .contains("Seed 9 (replay with --seed 9)");
        // Dave's five lost rows of task 2: the reason once, then "the same as above" four times.
        String dave = html.substring(html.indexOf("id=\"student-4\""), html.indexOf("id=\"student-5\""));
        assertThat(countOf(dave, "did not return within its time limit")).isEqualTo(1);
        assertThat(countOf(dave, "(the same reason as above)")).isEqualTo(4);
        assertThat(countOf(dave, "<div class=\"lost\"")).isEqualTo(6);
    }

    @Test
    void studentTextIsEscapedEverywhere() {
        String html = render(CLASS);

        assertThat(html).doesNotContain("<script").doesNotContain("<b>").doesNotContain("\u001b")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Mallory &amp; Co")
                .contains("<div class=\"fb\">Line <code>&lt;script&gt;alert(1)&lt;/script&gt;</code> is not of the "
                        + "form <code>i^2 = v</code>.\n    printed: 3^2 = 9 &amp; 4 &gt; 3 \u241b[31m&lt;b&gt;red"
                        + "&lt;/b&gt;</div>");
        assertWellFormed(html);
    }

    @Test
    void noSubmissionsGiveAnEmptyButCompleteReport() {
        String html = render(List.of());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("<dt>Submissions</dt><dd>0</dd>").contains("<dt>Mean total</dt><dd>—</dd>")
                .contains("<dt>Median total</dt><dd>—</dd>").contains("No submissions.")
                .contains("No rubric checks to show.").doesNotContain("href=\"#student-");
        assertThat(countOf(html, "data-count=\"0\"")).isEqualTo(10);
        assertSelfContained(html);
        assertWellFormed(html);
    }

    @Test
    void twoHundredSubmissionsAreAllThere(@TempDir Path dir) throws Exception {
        List<GradeReport> many = new ArrayList<>();
        String[] failable = {"1.4", "2.4", "3.2", "4.3", "1.6"};
        for (int i = 0; i < 200; i++) {
            Map<String, String> failed = new LinkedHashMap<>();
            for (int f = 0; f < failable.length; f++) {
                if ((i >> f & 1) == 1) {
                    failed.put(failable[f], "Reason " + f + " for student " + i);
                }
            }
            many.add(graded((i % 2 == 0 ? "Студент " : "student ") + i, failed));
        }
        Path file = dir.resolve("out/class.html");

        ClassReport.write(many, INFO, EN, file);

        String html = Files.readString(file, StandardCharsets.UTF_8);
        for (int i = 1; i <= 200; i++) {
            assertThat(html).contains("href=\"#student-" + i + "\"").contains(" id=\"student-" + i + "\"");
        }
        assertThat(html).contains("<dt>Submissions</dt><dd>200</dd>").contains("Студент 198")
                .contains("Reason 4 for student 31")
                // 1.4 is lost by every odd student.
                .contains("id=\"check-1.4\" data-passed=\"100\" data-graded=\"200\"");
        Matcher bins = Pattern.compile("data-range=\"\\d+-\\d+\" data-count=\"(\\d+)\"").matcher(html);
        int total = 0;
        while (bins.find()) {
            total += Integer.parseInt(bins.group(1));
        }
        assertThat(total).isEqualTo(200);
        assertSelfContained(html);
        assertWellFormed(html);
    }

    // ---- in Russian -------------------------------------------------------------------------------------------

    private static final ClassReport.Info RU_INFO = new ClassReport.Info("Многопоточность, домашнее задание 1",
            Localized.verbatim("bubblewrap"), 4, 754.2, "1.0.0-SNAPSHOT");

    /**
     * The class with everything that is not the report's own text (names, titles, feedback, compiler messages,
     * notes) in Russian, so that any Latin word left on the page is one the report wrote. Equal feedback stays
     * equal, so that "the same reason" is still found.
     */
    private static List<GradeReport> inRussian(List<GradeReport> reports) {
        Map<String, String> feedback = new LinkedHashMap<>();
        List<GradeReport> russian = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            GradeReport r = reports.get(i);
            List<TaskResult> tasks = r.tasks().stream().map(t -> new TaskResult(t.number(), verbatim("задача " + t.number()),
                    t.status(), t.checks().stream().map(c -> inRussian(c, feedback)).toList(),
                    allVerbatim(t.messages().stream().map(m -> "ошибка компиляции").toList()), t.timedOut())).toList();
            russian.add(new GradeReport("Студент " + (i + 1), r.seed(), r.sandbox(), tasks,
                    allVerbatim(r.notes().stream().map(n -> "заметка о решении").toList()), r.seconds()));
        }
        return russian;
    }

    private static CheckResult inRussian(CheckResult c, Map<String, String> feedback) {
        String text = c.feedback().isBlank() ? ""
                : feedback.computeIfAbsent(c.feedback().in(Language.EN), f -> "пояснение № " + (feedback.size() + 1));
        return new CheckResult(c.id(), verbatim("пункт " + c.id()), c.points(), c.maxPoints(), c.hidden(), verbatim(text));
    }

    private static String renderInRussian(List<GradeReport> reports) {
        return ClassReport.render(inRussian(reports), RU_INFO, RU);
    }

    /** What a reader sees: the text outside the tags and the style sheet, entities decoded. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /** The literal words of every English {@code classreport.} entry: the text outside its ICU arguments. */
    private static Set<String> englishClassReportPhrases() throws IOException {
        Properties en = new Properties();
        try (var in = ClassReport.class.getResourceAsStream("/grader/text/messages_en.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> phrases = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            if (!key.startsWith("classreport.")) {
                continue;
            }
            // the pieces between braces, at the top level and inside plural forms; a lone lower-case word is an
            // argument's name or an ICU keyword, and "Seed" is the seed's name in Russian too (as in --seed)
            for (String piece : en.getProperty(key).split("[{}#]")) {
                String phrase = piece.replaceAll("^[\\s\\p{Punct}·]+|[\\s\\p{Punct}·]+$", "");
                boolean words = phrase.contains(" ") || !phrase.isEmpty() && Character.isUpperCase(phrase.charAt(0));
                if (words && phrase.matches(".*\\p{IsLatin}{3,}.*") && !phrase.equals("Seed")) {
                    phrases.add(phrase);
                }
            }
        }
        return phrases;
    }

    @Test
    void inRussianThePagesOwnWordsAreRussian() throws IOException {
        String html = renderInRussian(CLASS);

        assertThat(html).contains("<html lang=\"ru\">")
                .contains("<h2>Распределение баллов</h2>").contains("<h2>Самые частые ошибки</h2>")
                .contains("<h2>Процент прохождения каждой проверки</h2>").contains("<h2>Студенты</h2>")
                .contains("<h2>Пояснения по каждому студенту</h2>")
                .contains("<dt>Всего решений</dt>").contains("<dt>Средний балл</dt>")
                .contains("<dt>Медиана баллов</dt>")
                .contains("<dt>Общее время</dt>").contains("<dt>Версия проверяющей программы</dt>")
                .contains("<th class=\"id\">Проверка</th><th>Что проверяется</th><th class=\"num\">Баллы</th>")
                .contains(">Задача 1<span class=\"sub\">/25</span>").contains(">Итого<span class=\"sub\">/100</span>")
                .contains("<th>Состояние</th>").contains("Среднее по группе")
                .contains("<span class=\"ok\">все проверки пройдены</span>")
                .contains("(та же причина, что выше)").contains("Назад к таблице")
                .contains("Seed 9 (повторить этот запуск: --seed 9) · проверено за 31,5 с")
                .contains("Чаще всего: пояснение № ");
        String visible = visibleText(html);
        Set<String> latin = new TreeSet<>();
        Matcher words = Pattern.compile("\\p{IsLatin}+").matcher(visible);
        while (words.find()) {
            latin.add(words.group());
        }
        // the seed's name and flag, the sandbox's name and the version: names, not English
        assertThat(latin).as("Latin words on the Russian page").isSubsetOf("Seed", "seed", "bubblewrap", "SNAPSHOT");
        assertThat(englishClassReportPhrases()).contains("Score distribution", "checks lost", "Back to the table")
                .allSatisfy(phrase -> assertThat(visible).as("English on the Russian page").doesNotContain(phrase));
    }

    @Test
    void inRussianPluralsAndNumbersAreRussian() {
        String html = renderInRussian(CLASS);

        assertThat(html).contains("Группа в целом: 5 решений, максимум 100 баллов за решение.")
                .contains("<title>60–69: 1 решение</title>").contains("<title>90–100: 2 решения</title>")
                .contains("<title>0–9: 0 решений</title>")
                .contains("шириной 10 баллов</title>")
                // decimal comma and the Russian percent sign, after a no-break space
                .contains("<dt>Средний балл</dt><dd>85,8</dd>").contains("<td class=\"num total\">85,8</td>")
                .contains("<dd>754,2 с (12 мин 34 с)</dd>")
                .contains("пройдена в 3 из 5 решений (60\u00a0%)").contains(">60\u00a0%</span>")
                .contains("5 проверок с самым низким процентом прохождения")
                .contains("Не засчитана ни одна из 5 проверок: ");
        for (var form : Map.of(1, "1 решение", 2, "2 решения", 5, "5 решений", 11, "11 решений", 21, "21 решение",
                22, "22 решения").entrySet()) {
            assertThat(RU.text("classreport.bin", "range", "0–9", "count", form.getKey()))
                    .isEqualTo("0–9: " + form.getValue());
        }
        assertThat(RU.text("classreport.lead", "submissions", 1, "max", 1))
                .isEqualTo("Группа в целом: 1 решение, максимум 1 балл за решение.");
        assertThat(RU.text("classreport.lead", "submissions", 3, "max", 3))
                .isEqualTo("Группа в целом: 3 решения, максимум 3 балла за решение.");
    }

    @Test
    void inRussianStatusesAreWordsButStayCodesInAttributes() {
        String html = renderInRussian(CLASS);

        assertThat(html).contains("data-status=\"compile-error\" data-count=\"1\"")
                .contains("<span class=\"badge st-compile-error\">не компилируется</span>")
                .contains("<span class=\"badge st-timeout\">превышено время</span>")
                .contains("<tr class=\"st-compile-error\" data-total=\"75\">")
                .contains("<td class=\"num\">0<span class=\"why\">не компилируется</span></td>");
        assertWellFormed(html);
        assertSelfContained(html);
    }

    @Test
    void inRussianAnEmptyClassSaysSoInRussian() {
        String html = ClassReport.render(List.of(), RU_INFO, RU);

        assertThat(html).contains("<dt>Всего решений</dt><dd>0</dd>").contains("Решений нет.")
                .contains("Показывать нечего: в рубрике нет проверок.").contains("<dd>—</dd>");
    }
}
