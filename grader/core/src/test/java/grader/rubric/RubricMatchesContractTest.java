package grader.rubric;

import static grader.testsupport.RepoFiles.repo;
import static org.assertj.core.api.Assertions.assertThat;

import grader.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rubric in code is the rubric of the contract: same rows, same words, same points, in the same order. */
class RubricMatchesContractTest {

    private static final Pattern TASK = Pattern.compile("^## (\\d)\\. .*\\((\\d+) (points|баллов)\\)");
    private static final Pattern ROW = Pattern.compile("^\\| (.+) \\| (\\d+) \\|$");

    record Row(String text, int points) {}

    /** The rows of each task's table in ASSIGNMENTS.md, task by task. */
    static List<List<Row>> contractRows(Path contract) throws IOException {
        List<List<Row>> tasks = new ArrayList<>();
        List<Row> current = null;
        for (String line : Files.readAllLines(contract)) {
            Matcher task = TASK.matcher(line);
            Matcher row = ROW.matcher(line);
            if (task.find()) {
                current = new ArrayList<>();
                tasks.add(current);
            } else if (line.startsWith("## ")) {
                current = null;
            } else if (current != null && row.matches() && !row.group(1).equals("check")
                    && !row.group(1).equals("проверка")) {
                current.add(new Row(row.group(1), Integer.parseInt(row.group(2))));
            }
        }
        return tasks;
    }

    @Test
    void everyTaskHasTheContractsRowsAndPoints() throws IOException {
        List<List<Row>> contract = contractRows(repo().resolve("assignments/ASSIGNMENTS.md"));
        // the contract also specifies the course kit's tasks 5-7, which no Task implements yet
        assertThat(contract).hasSizeGreaterThanOrEqualTo(Assignments.installed().all().size());
        for (Assignment task : Assignments.installed().all()) {
            List<Row> inCode = RubricCatalog.rows(task).stream().map(c -> new Row(c.title(), c.points())).toList();
            assertThat(inCode).as("task %d", task.number()).isEqualTo(contract.get(task.number() - 1));
            assertThat(inCode.stream().mapToInt(Row::points).sum()).isEqualTo(25);
        }
    }

    /**
     * A row's title in each language is the contract's words in that language: the English catalog's entry is the
     * {@code @Check} value, the Russian one the row of ASSIGNMENTS.ru.md, word for word.
     */
    @Test
    void everyRowsTitleIsTheContractsInEachLanguage() throws IOException {
        List<List<Row>> russian = contractRows(repo().resolve("assignments/ASSIGNMENTS.ru.md"));
        for (Assignment task : Assignments.installed().all()) {
            List<RubricRow> rows = RubricCatalog.rows(task);
            for (int i = 0; i < rows.size(); i++) {
                RubricRow row = rows.get(i);
                assertThat(row.text().in(Language.EN)).as(row.id()).isEqualTo(row.title());
                assertThat(row.text().in(Language.RU)).as(row.id()).isEqualTo(russian.get(task.number() - 1).get(i)
                        .text());
            }
            assertThat(task.title().in(Language.RU)).isNotEqualTo(task.title().in(Language.EN));
        }
    }

    @Test
    void checkIdsNumberTheRowsInOrder() {
        for (Assignment task : Assignments.installed().all()) {
            List<String> ids = RubricCatalog.rows(task).stream().map(RubricRow::id).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= ids.size(); i++) {
                expected.add(task.number() + "." + i);
            }
            assertThat(ids).isEqualTo(expected);
        }
    }

    /** The repository's copy of the contract is the course's contract, when the course's copy is beside it. */
    @Test
    void theRepositoryCopyOfTheContractIsCurrent() throws IOException {
        Path shared = repo().resolve("../shared/ASSIGNMENTS.md");
        if (Files.exists(shared)) {
            // the repository's copy starts with a link to its Russian version, which the course's has not
            List<String> ours = Files.readAllLines(repo().resolve("assignments/ASSIGNMENTS.md"));
            if (ours.get(0).startsWith("По-русски:") && ours.get(1).isBlank()) {
                ours = ours.subList(2, ours.size());
            }
            assertThat(ours).isEqualTo(Files.readAllLines(shared));
        }
    }
}
