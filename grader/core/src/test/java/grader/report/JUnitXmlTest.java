package grader.report;

import static grader.text.Localized.allVerbatim;
import static grader.text.Localized.verbatim;
import static org.assertj.core.api.Assertions.assertThat;

import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class JUnitXmlTest {

    private static final Catalog EN = Catalog.of(Language.EN);

    /** Everything XML needs escaped, and characters XML 1.0 forbids (a bell, a NUL, an escape, a lone surrogate). */
    private static final String TRICKY = "Expected <4> & got \"5\" ('five') ]]> | `x`\n"
            + "bell \u0007 nul \u0000 esc \u001b[31m lone \ud800 end\n\tHint: join both.";
    private static final String NO_COMPILE = "This task does not compile, so it could not be graded.";
    private static final String MISSING = "Missing FactorialWorker.java (with its package declaration), so this task "
            + "could not be graded.";

    private static final TaskResult SQUARES = new TaskResult(1, verbatim("Squares & cubes"), TaskStatus.GRADED, List.of(
            new CheckResult("1.1", verbatim("returned squares are right"), 4, 4, false, verbatim("")),
            new CheckResult("1.3", verbatim("every square line was printed by one thread"), 0, 6, false, verbatim(TRICKY)),
            new CheckResult("1.5", verbatim("say \"hi\" <now>\tand\nbye"), 0, 3, false, verbatim("Printed after return.")),
            new CheckResult("1.6", verbatim("a hidden check"), 0, 2, true, verbatim("secret detail"))), List.of(), false);
    private static final TaskResult COUNTING = new TaskResult(2, verbatim("Delayed counting"), TaskStatus.COMPILE_ERROR, List.of(
            new CheckResult("2.1", verbatim("every thread printed 1..10"), 0, 5, false, verbatim(NO_COMPILE)),
            new CheckResult("2.2", verbatim("exactly `threads` distinct threads"), 0, 5, false, verbatim(NO_COMPILE))),
            allVerbatim(List.of("DelayedCounting.java:3: error: ';' expected", "1 error")), false);
    private static final TaskResult ASYNC = new TaskResult(3, verbatim("Asynchronous squares"), TaskStatus.GRADED,
            List.of(new CheckResult("3.1", verbatim("the squares are right"), 6, 6, false, verbatim(""))), List.of(), true);
    private static final TaskResult FACTORIALS = new TaskResult(4, verbatim("Process factorials"), TaskStatus.MISSING,
            List.of(new CheckResult("4.1", verbatim("the returned map is right"), 0, 5, false, verbatim(MISSING))), allVerbatim(List.of(MISSING)),
            false);

    private static final GradeReport REPORT = new GradeReport("alice", 1234L, Localized.verbatim("none"),
            List.of(SQUARES, COUNTING, ASYNC, FACTORIALS), List.of(), 4.4);

    @TempDir
    Path dir;

    private Element root;

    @BeforeEach
    void writeAndParse() throws Exception {
        root = writeAndParse(REPORT, dir.resolve("nested/reports/junit.xml"));
    }

    private static Element writeAndParse(GradeReport report, Path file) throws Exception {
        JUnitXml.write(report, file, EN);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        return document.getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.get(0);
    }

    private Element testcase(String id) {
        for (Element suite : children(root, "testsuite")) {
            for (Element testcase : children(suite, "testcase")) {
                if (testcase.getAttribute("name").startsWith(id + " ")) {
                    return testcase;
                }
            }
        }
        throw new AssertionError("no testcase " + id);
    }

    private static Map<String, String> properties(Element suite) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element property : children(only(suite, "properties"), "property")) {
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        return properties;
    }

    @Test
    void rootCountsEveryCheck() {
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("name")).isEqualTo("Autograding alice");
        assertThat(root.getAttribute("tests")).isEqualTo("8");
        assertThat(root.getAttribute("failures")).isEqualTo("3");
        assertThat(root.getAttribute("errors")).isEqualTo("3");
        assertThat(root.getAttribute("time")).isEqualTo("4.400");
    }

    @Test
    void thereIsOneSuitePerTaskWhoseCountsMatchItsTestcases() {
        List<Element> suites = children(root, "testsuite");

        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("Task 1: Squares & cubes",
                "Task 2: Delayed counting", "Task 3: Asynchronous squares", "Task 4: Process factorials");
        for (Element suite : suites) {
            List<Element> cases = children(suite, "testcase");
            long failures = cases.stream().filter(c -> !children(c, "failure").isEmpty()).count();
            long errors = cases.stream().filter(c -> !children(c, "error").isEmpty()).count();
            assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(cases.size()));
            assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(failures));
            assertThat(suite.getAttribute("errors")).isEqualTo(String.valueOf(errors));
            assertThat(suite.getAttribute("skipped")).isEqualTo("0");
            assertThat(suite.getAttribute("time")).isEqualTo("0");
        }
        assertThat(suites).extracting(s -> s.getAttribute("tests")).containsExactly("4", "2", "1", "1");
        assertThat(suites).extracting(s -> s.getAttribute("failures")).containsExactly("3", "0", "0", "0");
        assertThat(suites).extracting(s -> s.getAttribute("errors")).containsExactly("0", "2", "0", "1");
    }

    @Test
    void testcasesAreNamedAfterTheirCheckAndClassedByTask() {
        List<String> names = new ArrayList<>();
        for (Element suite : children(root, "testsuite")) {
            for (Element testcase : children(suite, "testcase")) {
                names.add(testcase.getAttribute("name"));
                String task = suite.getAttribute("name").substring("Task ".length(), "Task ".length() + 1);
                assertThat(testcase.getAttribute("classname")).isEqualTo("task" + task);
                assertThat(testcase.getAttribute("time")).isEqualTo("0");
            }
        }

        assertThat(names).containsExactly("1.1 returned squares are right",
                "1.3 every square line was printed by one thread", "1.5 say \"hi\" <now>\tand\nbye",
                "1.6 a hidden check", "2.1 every thread printed 1..10", "2.2 exactly `threads` distinct threads",
                "3.1 the squares are right", "4.1 the returned map is right");
    }

    @Test
    void passedCheckHasNoOutcomeElement() {
        Element passed = testcase("1.1");

        assertThat(passed.getChildNodes().getLength()).isZero();
    }

    @Test
    void lostCheckIsAFailureWhoseMessageIsTheFirstLineAndWhoseTextIsTheFeedback() {
        Element failure = only(testcase("1.3"), "failure");
        String cleaned = TRICKY.replace('\u0007', '\uFFFD').replace('\u0000', '\uFFFD').replace('\u001b', '\uFFFD')
                .replace('\ud800', '\uFFFD');

        assertThat(failure.getAttribute("type")).isEqualTo("lost-points");
        assertThat(failure.getAttribute("message")).isEqualTo("Expected <4> & got \"5\" ('five') ]]> | `x`");
        assertThat(failure.getTextContent()).isEqualTo(cleaned);
        assertThat(children(testcase("1.3"), "error")).isEmpty();
    }

    @Test
    void hiddenCheckFailsWithoutItsFeedback() throws IOException {
        Element failure = only(testcase("1.6"), "failure");

        assertThat(failure.getAttribute("message")).isEqualTo(EN.text("check.hidden-feedback"));
        assertThat(failure.getTextContent()).isEqualTo(EN.text("check.hidden-feedback"));
        assertThat(Files.readString(dir.resolve("nested/reports/junit.xml"))).doesNotContain("secret detail");
    }

    @Test
    void checksOfATaskThatCouldNotBeGradedAreErrorsWithTheTasksMessages() {
        Element error = only(testcase("2.2"), "error");

        assertThat(error.getAttribute("type")).isEqualTo("compile-error");
        assertThat(error.getAttribute("message")).isEqualTo(NO_COMPILE);
        assertThat(error.getTextContent())
                .isEqualTo(NO_COMPILE + "\nDelayedCounting.java:3: error: ';' expected\n1 error");
        assertThat(children(testcase("2.2"), "failure")).isEmpty();

        Element missing = only(testcase("4.1"), "error");
        assertThat(missing.getAttribute("type")).isEqualTo("missing");
        assertThat(missing.getAttribute("message")).isEqualTo(MISSING);
        assertThat(missing.getTextContent()).isEqualTo(MISSING);
    }

    @Test
    void nothingIsSkipped() {
        assertThat(root.getElementsByTagName("skipped").getLength()).isZero();
    }

    @Test
    void pointsAreInEachSuitesProperties() {
        List<Element> suites = children(root, "testsuite");

        assertThat(properties(suites.get(0))).containsExactly(Map.entry("points", "4"), Map.entry("max_points", "15"),
                Map.entry("status", "graded"), Map.entry("seed", "1234"), Map.entry("check 1.1", "4/4"),
                Map.entry("check 1.3", "0/6"), Map.entry("check 1.5", "0/3"), Map.entry("check 1.6", "0/2"));
        assertThat(properties(suites.get(1))).containsEntry("points", "0").containsEntry("max_points", "10")
                .containsEntry("status", "compile-error");
        assertThat(properties(suites.get(2))).containsEntry("points", "6").containsEntry("status", "graded;timeout");
        assertThat(properties(suites.get(3))).containsEntry("status", "missing").containsEntry("check 4.1", "0/5");
        // properties come first in a suite, as the JUnit schema wants
        Node first = suites.get(0).getFirstChild();
        while (!(first instanceof Element)) {
            first = first.getNextSibling();
        }
        assertThat(((Element) first).getTagName()).isEqualTo("properties");
    }

    @Test
    void invalidSubmissionIsAllErrors() throws Exception {
        String why = "The submission could not be read: not a zip file";
        var report = new GradeReport("broken <zip> & \"co\"", 9L, Localized.verbatim("none"), List.of(
                new TaskResult(1, verbatim("Squares and cubes"), TaskStatus.INVALID,
                        List.of(new CheckResult("1.1", verbatim("squares"), 0, 4, false, verbatim(why))), List.of(), false),
                new TaskResult(2, verbatim("Delayed counting"), TaskStatus.INVALID,
                        List.of(new CheckResult("2.1", verbatim("counting"), 0, 5, false, verbatim(why))), List.of(), false)),
                allVerbatim(List.of(why)), 0.1);

        Element invalid = writeAndParse(report, dir.resolve("invalid.xml"));

        assertThat(invalid.getAttribute("name")).isEqualTo("Autograding broken <zip> & \"co\"");
        assertThat(invalid.getAttribute("tests")).isEqualTo("2");
        assertThat(invalid.getAttribute("failures")).isEqualTo("0");
        assertThat(invalid.getAttribute("errors")).isEqualTo("2");
        NodeList errors = invalid.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(2);
        for (int i = 0; i < errors.getLength(); i++) {
            Element error = (Element) errors.item(i);
            assertThat(error.getAttribute("type")).isEqualTo("invalid");
            assertThat(error.getAttribute("message")).isEqualTo(why);
        }
    }

    @Test
    void fileIsUtf8() throws Exception {
        var check = new CheckResult("1.2", verbatim("кубы верны"), 0, 1, false, verbatim("Неверно: ожидалось 8"));
        var report = new GradeReport("ivan", 1L, Localized.verbatim("none"),
                List.of(new TaskResult(1, verbatim("Квадраты"), TaskStatus.GRADED, List.of(check), List.of(), false)),
                List.of(), 0);
        Path file = dir.resolve("utf8.xml");

        Element parsed = writeAndParse(report, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("1.2 кубы верны").contains("Неверно: ожидалось 8");
        assertThat(parsed.getElementsByTagName("failure").item(0).getTextContent())
                .isEqualTo("Неверно: ожидалось 8");
    }
}
