package grader.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import grader.rubric.Assignments;
import grader.score.Points;
import grader.testsupport.RepoFiles;
import grader.text.Language;
import grader.text.Localized;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CourseFileTest {

    /** The default homework's four assignments: the messages below list them, whatever else is installed. */
    private final Offer offer = GraderOffer.of(new Assignments(Assignments.installed().defaultHomework()));

    @Test
    void readsTheAssignmentsInOrderWithTheirWeightsHiddenRowsPassMarkAndLanguage() throws Exception {
        Course course = CourseFile.parse("""
                # two tasks
                assignments:
                  - task: 2
                    weight: 12.5
                    hidden: [2.4, "2.5"]
                  - task: 1
                    left-out:
                      - 1.6
                pass: 20.25
                language: ru
                """, "course.yaml", offer);

        assertThat(course.tasks()).containsExactly(
                new CourseTask(2, new Points(1250), List.of("2.4", "2.5"), List.of()),
                new CourseTask(1, Points.of(25), List.of(), List.of("1.6")));
        assertThat(course.total()).isEqualTo(new Points(3750));
        assertThat(course.pass()).contains(new Points(2025));
        assertThat(course.language()).contains(Language.RU);
    }

    @Test
    void withoutAssignmentsTheCourseHasTheFourOriginalTasksEachWorthItsRubric() throws Exception {
        Course course = CourseFile.parse("language: en\n", "course.yaml", offer);

        assertThat(course.numbers()).containsExactly(1, 2, 3, 4);
        assertThat(course.tasks()).extracting(CourseTask::weight).containsOnly(Points.of(25));
        assertThat(course.total()).isEqualTo(Points.of(100));
        assertThat(course.language()).contains(Language.EN);
        assertThat(CourseFile.parse("# nothing but a comment\n", "course.yaml", offer))
                .isEqualTo(Course.byDefault(offer));
    }

    @Test
    void theCourseFileAtTheTopOfTheRepositoryIsTheDefaultCourse() throws Exception {
        Path shipped = RepoFiles.repo().resolve(CourseFile.NAME);

        assertThat(CourseFile.read(shipped, offer)).isEqualTo(Course.byDefault(offer));
        assertThat(Course.byDefault(offer).pass()).isEmpty();
        assertThat(Course.byDefault(offer).language()).isEmpty();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("assignments:\n  - task: 1\n   weight: 3\n",
                        "course.yaml, line 3: this is not YAML: ",
                        "course.yaml, строка 3: это не YAML: "),
                Arguments.of("- task: 1\n",
                        "course.yaml, line 1: a course file is a mapping of keys (assignments, pass, language), not a "
                                + "single value or a list",
                        "course.yaml, строка 1: файл курса — это набор ключей (assignments, pass, language), а не "
                                + "одно значение и не список"),
                Arguments.of("assignments:\n  - task: 1\n    wieght: 3\n",
                        "course.yaml, line 3: there is no key `wieght` here; did you mean `weight`? (the keys here: "
                                + "task, weight, hidden, left-out)",
                        "course.yaml, строка 3: здесь нет ключа `wieght`; может быть, имелся в виду `weight`? "
                                + "(ключи здесь: task, weight, hidden, left-out)"),
                Arguments.of("pass: 10\nlanguages: ru\n",
                        "course.yaml, line 2: there is no key `languages` here; did you mean `language`? (the keys "
                                + "here: assignments, pass, language)",
                        "course.yaml, строка 2: здесь нет ключа `languages`; может быть, имелся в виду `language`? "
                                + "(ключи здесь: assignments, pass, language)"),
                Arguments.of("assignments:\n  - task: 9\n",
                        "course.yaml, line 2: there is no assignment 9 in this grader (it has 1, 2, 3, 4)",
                        "course.yaml, строка 2: в этой проверяющей программе нет задания 9 (есть: 1, 2, 3, 4)"),
                Arguments.of("assignments:\n  - task: 1\n  - task: 2\n  - task: 1\n",
                        "course.yaml, line 4: assignment 1 is given twice (first on line 2)",
                        "course.yaml, строка 4: задание 1 указано дважды (впервые в строке 2)"),
                Arguments.of("assignments:\n  - task: 1\n    weight: -5\n",
                        "course.yaml, line 3: the weight must be a positive number of points with at most two "
                                + "decimals, not -5",
                        "course.yaml, строка 3: вес — положительное число баллов, не больше двух знаков после "
                                + "точки, а не «-5»"),
                Arguments.of("assignments:\n  - task: 1\n    weight: a lot\n",
                        "course.yaml, line 3: the weight must be a positive number of points with at most two "
                                + "decimals, not a lot",
                        "course.yaml, строка 3: вес — положительное число баллов, не больше двух знаков после "
                                + "точки, а не «a lot»"),
                Arguments.of("assignments:\n  - task: 1\n    weight: 0.125\n",
                        "course.yaml, line 3: the weight must be a positive number of points with at most two "
                                + "decimals, not 0.125",
                        "course.yaml, строка 3: вес — положительное число баллов, не больше двух знаков после "
                                + "точки, а не «0.125»"),
                Arguments.of("assignments:\n  - task: 1\n    hidden: [1.6, 1.7]\n",
                        "course.yaml, line 3: task 1 has no row 1.7 (its rows: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6)",
                        "course.yaml, строка 3: в задании 1 нет пункта 1.7 (его пункты: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6)"),
                Arguments.of("assignments:\n  - task: 1\n  - task: 2\n    weight: 10\npass: 40\n",
                        "course.yaml, line 5: the pass mark 40 is outside 0 to 35, the most a submission can score",
                        "course.yaml, строка 5: проходной порог 40 вне пределов от 0 до 35 (наибольшей возможной суммы баллов)"),
                Arguments.of("pass: -1\n",
                        "course.yaml, line 1: the pass mark -1 is outside 0 to 100, the most a submission can score",
                        "course.yaml, строка 1: проходной порог -1 вне пределов от 0 до 100 (наибольшей возможной суммы баллов)"),
                Arguments.of("language: de\n",
                        "course.yaml, line 1: the language must be en or ru, not de",
                        "course.yaml, строка 1: язык — en или ru, а не «de»"),
                Arguments.of("pass: 1\npass: 2\n",
                        "course.yaml, line 2: `pass` is given twice (first on line 1)",
                        "course.yaml, строка 2: ключ `pass` указан дважды (впервые в строке 1)"),
                Arguments.of("assignments: []\n",
                        "course.yaml, line 1: `assignments` lists no assignment; give at least one (- task: 1)",
                        "course.yaml, строка 1: в `assignments` нет ни одного задания; укажите хотя бы одно (- task: 1)"),
                Arguments.of("assignments:\n  - weight: 3\n",
                        "course.yaml, line 2: this assignment has no `task` (its number in the contract)",
                        "course.yaml, строка 2: у этого задания нет ключа `task` (его номера в условии)"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void aMistakeIsNamedWithItsLineInEveryLanguage(String yaml, String english, String russian) {
        InvalidCourseException refused = refused(yaml);

        assertThat(refused.problems()).hasSize(1);
        assertThat(refused.problems().get(0).in(Language.EN)).startsWith(english);
        assertThat(refused.problems().get(0).in(Language.RU)).startsWith(russian);
        if (!english.endsWith(": ")) {
            assertThat(refused.problems().get(0).in(Language.EN)).isEqualTo(english);
            assertThat(refused.problems().get(0).in(Language.RU)).isEqualTo(russian);
        }
    }

    @Test
    void everyMistakeIsReportedAtOnceInTheOrderOfTheLines() {
        InvalidCourseException refused = refused("""
                language: fr
                assignments:
                  - task: 1
                    weight: 0
                  - task: 9
                  - task: 2
                    hiden: [2.1]
                pass: 200
                """);

        // the pass mark is not compared with a total that a wrong weight left unknown
        assertThat(refused.problems()).extracting(p -> p.in(Language.EN)).containsExactly(
                "course.yaml, line 1: the language must be en or ru, not fr",
                "course.yaml, line 4: the weight must be a positive number of points with at most two decimals, "
                        + "not 0",
                "course.yaml, line 5: there is no assignment 9 in this grader (it has 1, 2, 3, 4)",
                "course.yaml, line 7: there is no key `hiden` here; did you mean `hidden`? (the keys here: task, "
                        + "weight, hidden, left-out)");
        assertThat(refused.getMessage()).contains("line 1:", "line 7:");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsName(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("course.yaml");
        Files.write(file, "language: ру\n".getBytes(java.nio.charset.Charset.forName("windows-1251")));

        InvalidCourseException refused = catchThrowableOfType(() -> CourseFile.read(file, offer),
                InvalidCourseException.class);

        assertThat(refused.problems()).extracting(p -> p.in(Language.EN))
                .containsExactly(file + ", line 1: the file is not UTF-8 text; save it as UTF-8");
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).isNotEmpty();
    }

    @Test
    void aRowIdKeepsItsDigitsAsWritten() throws Exception {
        // YAML reads 1.10 as the number 1.1; the reader takes the text, so a row 1.10 would not become 1.1
        assertThat(refused("assignments:\n  - task: 1\n    hidden: [1.10]\n").problems().get(0).in(Language.EN))
                .contains("no row 1.10");
        assertThat(Points.exactly(new BigDecimal("2.50"))).isEqualTo(Optional.of(new Points(250)));
    }

    private InvalidCourseException refused(String yaml) {
        return catchThrowableOfType(() -> CourseFile.parse(yaml, "course.yaml", offer), InvalidCourseException.class);
    }

    @SuppressWarnings("unused")
    private static String english(Localized text) {
        return text.in(Language.EN);
    }
}
