package grader.report;

import grader.text.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link GradeReport} as JUnit XML, for test-report actions (dorny/test-reporter's {@code java-junit},
 * mikepenz/action-junit-report) and CI servers: one {@code <testsuite>} per task, one {@code <testcase>} per check.
 *
 * <pre>
 * &lt;?xml version="1.0" encoding="UTF-8"?&gt;
 * &lt;testsuites name="Autograding alice" tests="11" failures="1" errors="5" time="4.400"&gt;
 *   &lt;testsuite name="Task 1: Squares and cubes" tests="6" failures="1" errors="0" skipped="0" time="0"&gt;
 *     &lt;properties&gt;
 *       &lt;property name="points" value="19"/&gt;
 *       &lt;property name="max_points" value="25"/&gt;
 *       &lt;property name="status" value="graded"/&gt;
 *       &lt;property name="seed" value="1234"/&gt;
 *       &lt;property name="check 1.1" value="4/4"/&gt;
 *       ...
 *     &lt;/properties&gt;
 *     &lt;testcase name="1.1 returned squares are right ..." classname="task1" time="0"/&gt;
 *     &lt;testcase name="1.4 the square thread and the cube thread ..." classname="task1" time="0"&gt;
 *       &lt;failure type="lost-points" message="Your cube thread only started after ..."&gt;Your cube thread ...
 *     Hint: start both threads before you wait for either ...&lt;/failure&gt;
 *     &lt;/testcase&gt;
 *   &lt;/testsuite&gt;
 *   &lt;testsuite name="Task 2: Delayed counting" tests="5" failures="0" errors="5" skipped="0" time="0"&gt;
 *     ...
 *     &lt;testcase name="2.1 every thread that printed ..." classname="task2" time="0"&gt;
 *       &lt;error type="compile-error" message="This task does not compile, so it could not be graded."&gt;This task
 *     does not compile, so it could not be graded.
 *     DelayedCounting.java:3: error: ';' expected&lt;/error&gt;
 *     ...
 * </pre>
 *
 * <ul>
 *   <li>A check that lost points is a {@code <failure>}: its {@code message} is the feedback's first line (the
 *       verdict, as annotations show it), its text the whole feedback.</li>
 *   <li>A check of a task that could not be graded (missing, compile error, invalid submission) is an
 *       {@code <error>} (JUnit's "the test could not run") whose {@code type} is the task's status and whose text
 *       adds the task's messages, such as the compiler's errors. Not {@code <skipped/>}: the task costs its points,
 *       and both actions treat a skipped test as neutral, so a missing task would leave the run green. Both count
 *       an {@code <error>} as failed. {@code skipped} is therefore always 0.</li>
 *   <li>Points are in each suite's {@code <properties>} (the task's {@code points}, {@code max_points},
 *       {@code status}, the run's {@code seed}, and {@code check <id>} = {@code points/max} per check), the only
 *       place the common JUnit schema allows them.</li>
 *   <li>Text is escaped, and characters XML 1.0 forbids (control characters, unpaired surrogates) become U+FFFD,
 *       so any parser reads the file whatever a student's program printed. A hidden check's feedback is
 *       withheld.</li>
 * </ul>
 */
public final class JUnitXml {

    private JUnitXml() {}

    /** The report as a JUnit XML document. */
    public static String xml(GradeReport report, Catalog catalog) {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        for (TaskResult task : report.tasks()) {
            tests += task.checks().size();
            failures += failures(task);
            errors += errors(task);
        }
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuites name=\"").append(attr(catalog.text("junit.suites", "submission", report.submission()))).append('"')
                .append(" tests=\"").append(tests).append('"')
                .append(" failures=\"").append(failures).append('"')
                .append(" errors=\"").append(errors).append('"')
                .append(" time=\"").append(String.format(Locale.ROOT, "%.3f", report.seconds())).append("\">\n");
        for (TaskResult task : report.tasks()) {
            suite(x, report, task, catalog);
        }
        x.append("</testsuites>\n");
        return x.toString();
    }

    /** Writes {@link #xml} to {@code file} in UTF-8, creating its folder if need be. */
    public static void write(GradeReport report, Path file, Catalog catalog) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, xml(report, catalog), StandardCharsets.UTF_8);
    }

    private static void suite(StringBuilder x, GradeReport report, TaskResult task, Catalog catalog) {
        String classname = "task" + task.number();
        String title = task.title().in(catalog.language());
        x.append("  <testsuite name=\"").append(attr("Task " + task.number() + ": " + title)).append('"')
                .append(" tests=\"").append(task.checks().size()).append('"')
                .append(" failures=\"").append(failures(task)).append('"')
                .append(" errors=\"").append(errors(task)).append('"')
                .append(" skipped=\"0\" time=\"0\">\n");
        x.append("    <properties>\n");
        property(x, "points", String.valueOf(task.score()));
        property(x, "max_points", String.valueOf(task.maxScore()));
        property(x, "status", task.status().label() + (task.timedOut() ? ";timeout" : ""));
        property(x, "seed", String.valueOf(report.seed()));
        for (CheckResult check : task.checks()) {
            property(x, "check " + check.id(), check.points() + "/" + check.maxPoints());
        }
        x.append("    </properties>\n");
        for (CheckResult check : task.checks()) {
            String checkTitle = check.title().in(catalog.language());
            x.append("    <testcase name=\"").append(attr(check.id() + " " + checkTitle)).append('"')
                    .append(" classname=\"").append(classname).append("\" time=\"0\"");
            if (task.status() != TaskStatus.GRADED) {
                x.append(">\n");
                outcome(x, "error", task.status().label(), GitHubSummary.feedbackOf(task, check, catalog));
                x.append("    </testcase>\n");
            } else if (!check.passed()) {
                x.append(">\n");
                outcome(x, "failure", "lost-points", GitHubSummary.feedbackOf(task, check, catalog));
                x.append("    </testcase>\n");
            } else {
                x.append("/>\n");
            }
        }
        x.append("  </testsuite>\n");
    }

    private static void outcome(StringBuilder x, String element, String type, String feedback) {
        String body = GitHubSummary.clean(feedback).strip();
        String first = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        x.append("      <").append(element).append(" type=\"").append(attr(type)).append("\" message=\"")
                .append(attr(first)).append("\">").append(text(body)).append("</").append(element).append(">\n");
    }

    private static void property(StringBuilder x, String name, String value) {
        x.append("      <property name=\"").append(attr(name)).append("\" value=\"").append(attr(value))
                .append("\"/>\n");
    }

    private static int failures(TaskResult task) {
        return task.status() != TaskStatus.GRADED ? 0
                : (int) task.checks().stream().filter(c -> !c.passed()).count();
    }

    private static int errors(TaskResult task) {
        return task.status() != TaskStatus.GRADED ? task.checks().size() : 0;
    }

    /** Character data: {@code &}, {@code <} and {@code >} escaped (so {@code ]]>} cannot occur). */
    private static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * An attribute value in double quotes; tab and line feed as character references, which a parser keeps
     * (written as they are, attribute normalization would turn them into spaces).
     */
    private static String attr(String value) {
        return text(GitHubSummary.clean(value)).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }

}
