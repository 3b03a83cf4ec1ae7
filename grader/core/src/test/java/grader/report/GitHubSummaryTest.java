package grader.report;

import static grader.text.Localized.allVerbatim;
import static grader.text.Localized.verbatim;
import static org.assertj.core.api.Assertions.assertThat;

import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubSummaryTest {

    private static final Catalog EN = Catalog.of(Language.EN);

    /** Feedback with everything that could break Markdown: backticks (a whole fence), |, <, &, a newline, a bell. */
    static final String TRICKY = "Printed `2^2 = 4` | expected ``` not a fence ``` <b>bold?</b> & \"quoted\"\n"
            + "```\nsecond line \u0007 rings";

    private static final CheckResult PASSED = new CheckResult("1.1", verbatim("returned squares are right"), 4, 4, false, verbatim(""));
    private static final CheckResult LOST = new CheckResult("1.4", verbatim("the threads ran at the same time"), 0, 6, false,
            verbatim(TRICKY));
    private static final CheckResult LOST_PLAIN = new CheckResult("1.5", verbatim("nothing is printed after `compute` returns"),
            0, 3, false, verbatim("A thread printed after return."));
    private static final CheckResult HIDDEN_LOST = new CheckResult("1.6", verbatim("a hidden check"), 0, 2, true,
            verbatim("secret detail"));

    private static final String NO_COMPILE = "This task does not compile, so it could not be graded.";
    private static final TaskResult SQUARES = new TaskResult(1, verbatim("Squares and cubes"), TaskStatus.GRADED,
            List.of(PASSED, LOST, LOST_PLAIN, HIDDEN_LOST), List.of(), false);
    private static final TaskResult COUNTING = new TaskResult(2, verbatim("Delayed | counting"), TaskStatus.COMPILE_ERROR,
            List.of(new CheckResult("2.1", verbatim("every thread printed 1..10"), 0, 5, false, verbatim(NO_COMPILE)),
                    new CheckResult("2.2", verbatim("exactly `threads` distinct threads"), 0, 5, false, verbatim(NO_COMPILE))),
            allVerbatim(List.of("DelayedCounting.java:3: error: ';' expected", "    int x = 1", "1 error")), false);
    private static final TaskResult ASYNC = new TaskResult(3, verbatim("Asynchronous squares"), TaskStatus.GRADED,
            List.of(new CheckResult("3.1", verbatim("the squares are right"), 6, 6, false, verbatim(""))), List.of(), false);

    private static final GradeReport REPORT = new GradeReport("alice", 1234L, Localized.verbatim("bubblewrap"),
            List.of(SQUARES, COUNTING, ASYNC), allVerbatim(List.of("homework/A.java: read as Windows-1251.")), 4.44);

    private static List<String> lines(String markdown) {
        return markdown.lines().toList();
    }

    @Test
    void inRussianTheSummarysOwnWordsAreRussian() {
        String md = GitHubSummary.markdown(REPORT, Catalog.of(Language.RU));

        assertThat(lines(md).get(0)).isEqualTo("## Автоматическая проверка: 10/31");
        assertThat(md).contains("Решение alice · состояние: не компилируется · seed 1234 (повторить: `./grade --seed 1234`)")
                .contains("| Задача | Название | Состояние | Баллы |").contains("### Где потеряны баллы")
                .contains("#### Задача 2: Delayed \\| counting — 0/10 (не компилируется)")
                .contains("Это скрытая проверка: её пояснение здесь не показывается.")
                .doesNotContain("Lost points").doesNotContain("Submission ").doesNotContain("is hidden");
    }

    @Test
    void titleShowsTheTotal() {
        assertThat(lines(GitHubSummary.markdown(REPORT, EN)).get(0)).isEqualTo("## Autograding: 10/31");
    }

    @Test
    void headerShowsTheSeedHowToReplayItTheStatusAndTheSandbox() {
        String md = GitHubSummary.markdown(REPORT, EN);

        assertThat(lines(md).get(2)).isEqualTo("Submission alice · status compile-error · seed 1234 (replay with "
                + "`./grade --seed 1234`) · graded in 4.4 s · student code ran as: bubblewrap");
        assertThat(lines(md)).contains("**Note:** homework/A.java: read as Windows-1251.");
    }

    @Test
    void tableHasOneRowPerTaskAndATotal() {
        List<String> lines = lines(GitHubSummary.markdown(REPORT, EN));
        int header = lines.indexOf("| Task | Title | Status | Points |");

        assertThat(header).isPositive();
        assertThat(lines.subList(header, header + 6)).containsExactly(
                "| Task | Title | Status | Points |",
                "| ---: | --- | --- | ---: |",
                "| 1 | Squares and cubes | graded | 4/15 |",
                "| 2 | Delayed \\| counting | compile-error | 0/10 |",
                "| 3 | Asynchronous squares | graded | 6/6 |",
                "| | **Total** | compile-error | **10/31** |");
        assertThat(lines.get(header + 6)).isEmpty();
    }

    @Test
    void timedOutTaskSaysSoInItsStatus() {
        var task = new TaskResult(2, verbatim("Delayed counting"), TaskStatus.GRADED,
                List.of(new CheckResult("2.4", verbatim("in time"), 0, 7, false, verbatim("It ran out of time."))), List.of(), true);
        var report = new GradeReport("bob", 1L, Localized.verbatim("none"), List.of(task), List.of(), 1);

        assertThat(lines(GitHubSummary.markdown(report, EN))).contains("| 2 | Delayed counting | graded; timeout | 0/7 |",
                "| | **Total** | timeout | **0/7** |");
    }

    @Test
    void lostPointsListEveryLostCheckWithIdTitleAndPointsAndNoPassedOne() {
        String md = GitHubSummary.markdown(REPORT, EN);
        String lost = md.substring(md.indexOf("### Lost points"));
        List<String> checkLines = lines(lost).stream().filter(l -> l.startsWith("**")).toList();

        assertThat(checkLines).containsExactly(
                "**1.4** the threads ran at the same time — 0/6",
                "**1.5** nothing is printed after `compute` returns — 0/3",
                "**1.6** a hidden check — 0/2",
                "**2.1** every thread printed 1..10 — 0/5",
                "**2.2** exactly `threads` distinct threads — 0/5");
        assertThat(lines(lost)).contains("#### Task 1: Squares and cubes — 4/15",
                "#### Task 2: Delayed \\| counting — 0/10 (compile-error)");
        assertThat(lost).doesNotContain("1.1").doesNotContain("Task 3");
    }

    @Test
    void feedbackIsInAFenceThatItsOwnBackticksCannotClose() {
        String md = GitHubSummary.markdown(REPORT, EN);

        String block = blockAfter(md, "**1.4** ");

        assertThat(block).isEqualTo(TRICKY.replace('\u0007', '\uFFFD'));
        assertThat(md).contains("\n````text\n");
    }

    @Test
    void everyFenceIsClosedSoTheRestOfThePageIsNotSwallowed() {
        Parsed parsed = parse(GitHubSummary.markdown(REPORT, EN));

        assertThat(parsed.unclosed).isFalse();
        assertThat(parsed.blocks).hasSize(5); // 1.4, 1.5, 1.6, task 2's compiler messages, 2.1
        assertThat(parsed.outside).anySatisfy(l -> assertThat(l).startsWith("**2.2** "));
    }

    @Test
    void ungradedTaskShowsItsMessagesOnceThenItsChecksWithoutRepeatingTheSameReason() {
        String md = GitHubSummary.markdown(REPORT, EN);
        String task2 = md.substring(md.indexOf("#### Task 2"));

        assertThat(parse(task2).blocks.get(0))
                .isEqualTo("DelayedCounting.java:3: error: ';' expected\n    int x = 1\n1 error");
        assertThat(blockAfter(md, "**2.1** ")).isEqualTo(NO_COMPILE);
        List<String> lines = lines(task2);
        int second = lines.indexOf("**2.2** exactly `threads` distinct threads — 0/5");
        assertThat(lines.get(second + 2)).isEqualTo("_Same reason as above._");
    }

    @Test
    void missingTaskShowsItsReasonOnceNotAlsoAsATaskMessage() {
        String missing = "Missing FactorialWorker.java (with its package declaration), so this task could not be "
                + "graded.";
        var task = new TaskResult(4, verbatim("Process factorials"), TaskStatus.MISSING, List.of(
                new CheckResult("4.1", verbatim("the returned map is right"), 0, 5, false, verbatim(missing)),
                new CheckResult("4.2", verbatim("one child JVM per number"), 0, 6, false, verbatim(missing))), allVerbatim(List.of(missing)), false);

        String md = GitHubSummary.markdown(new GradeReport("s", 1L, Localized.verbatim("none"), List.of(task), List.of(), 0), EN);

        assertThat(md).endsWith("#### Task 4: Process factorials — 0/11 (missing)\n\n"
                + "**4.1** the returned map is right — 0/5\n\n```text\n" + missing + "\n```\n\n"
                + "**4.2** one child JVM per number — 0/6\n\n_Same reason as above._\n");
    }

    @Test
    void hiddenCheckShowsItsPointsButNotItsFeedback() {
        String md = GitHubSummary.markdown(REPORT, EN);

        assertThat(md).doesNotContain("secret detail");
        assertThat(blockAfter(md, "**1.6** ")).isEqualTo(EN.text("check.hidden-feedback"));
    }

    @Test
    void fullMarksHasNoLostPointsSection() {
        var report = new GradeReport("carol", 5L, Localized.verbatim("none"), List.of(ASYNC), List.of(), 2.0);

        String md = GitHubSummary.markdown(report, EN);

        assertThat(lines(md).get(0)).isEqualTo("## Autograding: 6/6");
        assertThat(md).doesNotContain("Lost points").endsWith("Every check passed.\n");
        assertThat(lines(md)).contains("| | **Total** | graded | **6/6** |");
    }

    @Test
    void titlesAreEscapedButKeepTheirCodeSpans() {
        var check = new CheckResult("1.2", verbatim("uses *stars*, <b>tags</b> & `a|b` code"), 0, 1, false, verbatim("no"));
        var task = new TaskResult(1, verbatim("Title with `x|y` and _under_ [link](u) | pipe"), TaskStatus.GRADED, List.of(check),
                List.of(), false);
        var report = new GradeReport("a|b <c>", 1L, Localized.verbatim("none"), List.of(task), List.of(), 0);

        List<String> lines = lines(GitHubSummary.markdown(report, EN));

        assertThat(lines).contains(
                "| 1 | Title with `x\\|y` and \\_under\\_ \\[link\\](u) \\| pipe | graded | 0/1 |",
                "**1.2** uses \\*stars\\*, \\<b\\>tags\\</b\\> \\& `a|b` code — 0/1");
        assertThat(lines.get(2)).startsWith("Submission a\\|b \\<c\\> · ");
    }

    @Test
    void aLoneBacktickOrANewlineInATitleCannotBreakTheRow() {
        var task = new TaskResult(1, verbatim("one ` tick\nand a second line"), TaskStatus.GRADED, List.of(PASSED), List.of(),
                false);
        var report = new GradeReport("s", 1L, Localized.verbatim("none"), List.of(task), List.of(), 0);

        assertThat(lines(GitHubSummary.markdown(report, EN)))
                .contains("| 1 | one \\` tick and a second line | graded | 4/4 |");
    }

    @Test
    void checkWithoutFeedbackSaysSo() {
        var task = new TaskResult(1, verbatim("T"), TaskStatus.GRADED,
                List.of(new CheckResult("1.1", verbatim("t"), 0, 1, false, verbatim(""))), List.of(), false);

        String md = GitHubSummary.markdown(new GradeReport("s", 1L, Localized.verbatim("none"), List.of(task), List.of(), 0), EN);

        assertThat(md).endsWith("**1.1** t — 0/1\n\n_No feedback was given._\n");
    }

    @Test
    void veryLongFeedbackIsCut() {
        var task = new TaskResult(1, verbatim("T"), TaskStatus.GRADED,
                List.of(new CheckResult("1.1", verbatim("t"), 0, 1, false, verbatim("x".repeat(50_000)))), List.of(), false);

        String block = blockAfter(GitHubSummary.markdown(new GradeReport("s", 1L, Localized.verbatim("none"), List.of(task), List.of(), 0), EN),
                "**1.1** ");

        assertThat(block).startsWith("x".repeat(GitHubSummary.MAX_BLOCK))
                .endsWith("\n[... " + (50_000 - GitHubSummary.MAX_BLOCK) + " more characters cut; ./grade shows all]");
    }

    @Test
    void invalidSubmissionShowsEveryTaskAsInvalidAndTheReason() {
        String why = "The submission could not be read: not a zip file";
        var report = new GradeReport("broken.zip", 9L, Localized.verbatim("none"), List.of(
                new TaskResult(1, verbatim("Squares and cubes"), TaskStatus.INVALID,
                        List.of(new CheckResult("1.1", verbatim("squares"), 0, 4, false, verbatim(why))), List.of(), false),
                new TaskResult(2, verbatim("Delayed counting"), TaskStatus.INVALID,
                        List.of(new CheckResult("2.1", verbatim("counting"), 0, 5, false, verbatim(why))), List.of(), false)),
                allVerbatim(List.of(why)), 0.1);

        String md = GitHubSummary.markdown(report, EN);

        assertThat(lines(md)).contains("## Autograding: 0/9", "**Note:** " + why,
                "| 1 | Squares and cubes | invalid | 0/4 |", "| 2 | Delayed counting | invalid | 0/5 |",
                "| | **Total** | invalid | **0/9** |", "#### Task 1: Squares and cubes — 0/4 (invalid)");
        assertThat(blockAfter(md, "**2.1** ")).isEqualTo(why);
    }

    @Test
    void appendToKeepsWhatIsThereAndStartsAfterABlankLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("step_summary.md");
        Files.writeString(file, "# Build\nall good");

        GitHubSummary.appendTo(file, REPORT, EN);
        GitHubSummary.appendTo(file, REPORT, EN);

        String md = GitHubSummary.markdown(REPORT, EN);
        assertThat(Files.readString(file)).isEqualTo("# Build\nall good\n\n" + md + "\n" + md);
    }

    @Test
    void appendToCreatesAMissingFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/summary.md");

        GitHubSummary.appendTo(file, REPORT, EN);

        assertThat(Files.readString(file)).isEqualTo(GitHubSummary.markdown(REPORT, EN));
    }

    @Test
    void appendToAddsNoBlankLineWhenThereIsOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summary.md");
        Files.writeString(file, "before\n\n");

        GitHubSummary.appendTo(file, REPORT, EN);

        assertThat(Files.readString(file)).isEqualTo("before\n\n" + GitHubSummary.markdown(REPORT, EN));
    }

    // --- a small reader of fenced code blocks, by CommonMark's rules for backtick fences ---

    private static final Pattern OPEN = Pattern.compile("^(`{3,})([^`]*)$");

    record Parsed(List<String> blocks, List<String> outside, boolean unclosed) {}

    static Parsed parse(String markdown) {
        List<String> blocks = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            Matcher open = OPEN.matcher(lines.get(i));
            if (!open.matches()) {
                outside.add(lines.get(i++));
                continue;
            }
            Pattern close = Pattern.compile("^`{" + open.group(1).length() + ",}\\s*$");
            List<String> body = new ArrayList<>();
            i++;
            while (i < lines.size() && !close.matcher(lines.get(i)).matches()) {
                body.add(lines.get(i++));
            }
            if (i == lines.size()) {
                return new Parsed(blocks, outside, true);
            }
            i++;
            blocks.add(String.join("\n", body));
        }
        return new Parsed(blocks, outside, false);
    }

    /** The first fenced block after the line that starts with {@code prefix}. */
    static String blockAfter(String markdown, String prefix) {
        int at = markdown.indexOf("\n" + prefix);
        assertThat(at).as("a line starting with %s", prefix).isNotNegative();
        Parsed parsed = parse(markdown.substring(at + 1));
        assertThat(parsed.unclosed).isFalse();
        return parsed.blocks.get(0);
    }
}
