package grader.report;

import grader.text.Catalog;
import grader.text.Localized;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link GradeReport} as Markdown for a GitHub Actions job summary ({@code $GITHUB_STEP_SUMMARY}): a
 * title with the total, a table of the tasks, then every lost check with its feedback in a fenced block.
 *
 * <pre>
 * ## Autograding: 19/50
 *
 * Submission alice · status compile-error · seed 1234 (replay with `./grade --seed 1234`) · graded in 4.4 s · ...
 *
 * | Task | Title | Status | Points |
 * | ---: | --- | --- | ---: |
 * | 1 | Squares and cubes | graded | 19/25 |
 * | 2 | Delayed counting | compile-error | 0/25 |
 * | | **Total** | compile-error | **19/50** |
 *
 * ### Lost points
 *
 * #### Task 1: Squares and cubes — 19/25
 *
 * **1.4** the square thread and the cube thread were alive at the same time — 0/6
 *
 * ```text
 * Your cube thread only started after the square thread had finished: ...
 * ```
 *
 * #### Task 2: Delayed counting — 0/25 (compile-error)
 *
 * ```text
 * DelayedCounting.java:3: error: ';' expected
 * ```
 *
 * **2.1** every thread that printed printed exactly 1..10, in order — 0/5
 *
 * ```text
 * This task does not compile, so it could not be graded.
 * ```
 *
 * **2.2** exactly `threads` distinct threads did the printing — 0/5
 *
 * _Same reason as above._
 * </pre>
 *
 * <p>Text from the rubric and the submission (titles, notes, the submission's name) is escaped so that it renders
 * as written: Markdown punctuation gets a backslash, {@code |} is escaped in table cells, and {@code `code`} spans
 * of rubric titles are kept. Feedback goes in a fence longer than any run of backticks it holds, so backticks,
 * {@code |}, {@code <} and {@code &} show as they are. Characters XML 1.0 forbids (control characters) become
 * U+FFFD here as in the other writers. A block is cut at {@value #MAX_BLOCK} characters so that the summary stays
 * far below GitHub's limit of 1 MiB per step. A {@linkplain CheckResult#hidden() hidden} check shows its points but
 * not its feedback: everything a workflow writes is visible to the student.
 */
public final class GitHubSummary {

    /** The most characters of one fenced block; the rest is cut with a note. */
    static final int MAX_BLOCK = 8_000;

    /** The Markdown punctuation escaped in running text (outside code spans). */
    private static final String ESCAPED = "\\`*_[]<>|~&";

    private GitHubSummary() {}

    /** The summary as Markdown in the catalog's language, ending with a newline. */
    public static String markdown(GradeReport report, Catalog catalog) {
        StringBuilder md = new StringBuilder();
        String seed = Long.toString(report.seed());
        md.append(catalog.text("summary.title", "score", report.score(), "max", report.maxScore())).append("\n\n");
        md.append(catalog.text("summary.about", "submission", inline(report.submission(), false),
                "status", inline(StatusText.of(report.status(), catalog), false), "seed", seed,
                "seconds", report.seconds(), "sandbox", inline(report.sandbox().in(catalog.language()), false))).append("\n\n");
        for (Localized note : report.notes()) {
            md.append(catalog.text("summary.note", "note", inline(note.in(catalog.language()), false))).append("\n\n");
        }

        md.append(catalog.text("summary.table-head")).append('\n');
        md.append("| ---: | --- | --- | ---: |\n");
        for (TaskResult task : report.tasks()) {
            md.append("| ").append(task.number())
                    .append(" | ").append(inline(task.title().in(catalog.language()), true))
                    .append(" | ").append(statusOf(task, catalog))
                    .append(" | ").append(task.score()).append('/').append(task.maxScore())
                    .append(" |\n");
        }
        md.append(catalog.text("summary.table-total", "status", inline(StatusText.of(report.status(), catalog), true),
                "score", report.score(), "max", report.maxScore())).append("\n\n");
        report.pass().ifPresent(mark -> md.append(catalog.text("summary.pass-mark", "mark", mark.toString(),
                "passed", report.passed().orElseThrow().toString())).append("\n\n"));

        if (report.tasks().stream().allMatch(t -> t.checks().stream().allMatch(CheckResult::passed))) {
            md.append(catalog.text("summary.all-passed")).append('\n');
            return md.toString();
        }
        md.append(catalog.text("summary.lost-points")).append('\n');
        for (TaskResult task : report.tasks()) {
            if (task.checks().stream().allMatch(CheckResult::passed)) {
                continue;
            }
            md.append('\n').append(catalog.text("summary.task", "number", Integer.toString(task.number()),
                    "title", inline(task.title().in(catalog.language()), false), "score", task.score(), "max",
                    task.maxScore()));
            if (task.status() != TaskStatus.GRADED) {
                md.append(" (").append(catalog.text("status." + task.status().label())).append(')');
            }
            md.append('\n');
            List<String> messages = task.messages().stream()
                    .filter(m -> task.checks().stream().noneMatch(c -> c.feedback().equals(m)))
                    .map(m -> m.in(catalog.language())).toList();
            if (!messages.isEmpty()) {
                md.append('\n').append(fenced(String.join("\n", messages)));
            }
            String previous = null;
            for (CheckResult check : task.checks()) {
                if (check.passed()) {
                    continue;
                }
                md.append("\n**").append(inline(check.id(), false)).append("** ")
                        .append(inline(check.title().in(catalog.language()), false))
                        .append(" — ").append(check.points()).append('/').append(check.maxPoints()).append("\n\n");
                String feedback = visibleFeedback(check, catalog);
                if (feedback.isBlank()) {
                    md.append(catalog.text("summary.no-feedback")).append('\n');
                } else if (feedback.equals(previous)) {
                    md.append(catalog.text("summary.same-reason")).append('\n');
                } else {
                    md.append(fenced(feedback));
                }
                previous = feedback;
            }
        }
        return md.toString();
    }

    /**
     * Appends the summary to {@code summaryFile} (GitHub's file may already hold other steps' summaries), after a
     * blank line if the file does not end with one; creates the file if there is none.
     */
    public static void appendTo(Path summaryFile, GradeReport report, Catalog catalog) throws IOException {
        append(summaryFile, markdown(report, catalog), 2);
    }

    private static String statusOf(TaskResult task, Catalog catalog) {
        return catalog.text("status." + task.status().label())
                + (task.timedOut() ? "; " + catalog.text("status.timeout") : "");
    }

    /** A check's feedback as students may read it: withheld for a hidden check. */
    static String visibleFeedback(CheckResult check, Catalog catalog) {
        return check.hidden() ? catalog.text("check.hidden-feedback") : check.feedback().in(catalog.language());
    }

    /** The whole visible message of one check for a writer that shows each check on its own (Classroom, JUnit). */
    static String feedbackOf(TaskResult task, CheckResult check, Catalog catalog) {
        return task.messageWith(visibleFeedback(check, catalog), catalog.language());
    }

    /**
     * {@code text} with line breaks as {@code \n} and every character XML 1.0 forbids (control characters other
     * than tab and line feed, unpaired surrogates, U+FFFE and U+FFFF) replaced by U+FFFD.
     */
    static String clean(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean allowed = c == '\t' || c == '\n' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000 && c <= 0x10FFFF;
            out.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return out.toString();
    }

    /** {@code text} cut to {@code max} characters (not splitting a surrogate pair), with a note of what was cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "\n[... " + (text.length() - end) + " more characters cut; ./grade shows all]";
    }

    /**
     * Appends {@code text} to {@code file} in UTF-8, first adding line feeds until the file's existing content ends
     * with {@code newlines} of them (none if the file is empty or new).
     */
    static void append(Path file, String text, int newlines) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        int present = 0;
        long size = Files.exists(file) ? Files.size(file) : 0;
        if (size > 0) {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                long from = Math.max(0, size - newlines);
                byte[] tail = new byte[(int) (size - from)];
                raf.seek(from);
                raf.readFully(tail);
                for (int i = tail.length - 1; i >= 0 && tail[i] == '\n'; i--) {
                    present++;
                }
            }
        }
        String prefix = size == 0 ? "" : "\n".repeat(newlines - present);
        Files.writeString(file, prefix + text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /** A fenced code block holding {@code text} verbatim: the fence is longer than any run of backticks in it. */
    private static String fenced(String text) {
        String body = cut(clean(text), MAX_BLOCK);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < body.length(); i++) {
            run = body.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + body + (body.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    /**
     * {@code text} for running Markdown text on one line: line breaks and tabs become spaces, Markdown punctuation is
     * escaped, and code spans ({@code `...`}, as rubric titles use) are kept as they are, with only {@code |}
     * escaped inside them in a table cell (GitHub reads {@code \|} as a pipe there, even in code). A backtick that
     * opens no code span is escaped.
     */
    static String inline(String text, boolean inTable) {
        String s = clean(text).replaceAll("\\s*\n\\s*", " ").replace('\t', ' ');
        StringBuilder out = new StringBuilder(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '`') {
                int run = runOfBackticks(s, i);
                int close = closingRun(s, i + run, run);
                if (close >= 0) {
                    String span = s.substring(i, close + run);
                    out.append(inTable ? span.replace("|", "\\|") : span);
                    i = close + run;
                } else {
                    out.append("\\`".repeat(run));
                    i += run;
                }
                continue;
            }
            if (ESCAPED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int runOfBackticks(String s, int from) {
        int end = from;
        while (end < s.length() && s.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }

    /** Where a run of exactly {@code length} backticks starts at or after {@code from}, or -1. */
    private static int closingRun(String s, int from, int length) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '`') {
                int run = runOfBackticks(s, i);
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }
}
