package grader.course;

import grader.course.YamlNode.Entry;
import grader.course.YamlNode.Mapping;
import grader.course.YamlNode.Scalar;
import grader.course.YamlNode.Sequence;
import grader.rubric.RubricRow;
import grader.score.Points;
import grader.text.Language;
import grader.text.Localized;
import grader.text.Message;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads {@code course.yaml}: which assignments make the homework and what each is worth, the rows only the
 * instructor grades, the pass mark and the language.
 *
 * <pre>{@code
 * assignments:
 *   - task: 1
 *     weight: 25          # points in the total; its rows keep their relative points
 *     hidden: [1.6]       # rows graded only by the instructor (left out of the student template)
 *   - task: 2
 * pass: 60                # the pass mark, in points of the total
 * language: ru            # feedback language when the command line gives none
 * }</pre>
 *
 * <p>A file that cannot be used is refused with every problem in it at once, each naming the file and its line
 * ({@link InvalidCourseException}): instructors fix them in one go, not one run each. Without {@code assignments}
 * the course has the four original tasks; a task without {@code weight} is worth its rubric's points.
 */
public final class CourseFile {

    /** The course file's name, at the top of the repository and of the student template. */
    public static final String NAME = "course.yaml";

    static final List<String> COURSE_KEYS = List.of("assignments", "pass", "language");
    static final List<String> TASK_KEYS = List.of("task", "weight", "hidden", "left-out");

    private final String file;
    private final Offer offer;

    private final List<Problem> problems = new ArrayList<>();

    private record Problem(int line, Message message) {}

    private CourseFile(String file, Offer offer) {
        this.file = file;
        this.offer = offer;
    }

    /**
     * @param file the course file, named so in every problem
     * @param offer the assignments this grader has: a course may only choose among them
     */
    public static Course read(Path file, Offer offer) throws IOException, InvalidCourseException {
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new CourseFile(file.toString(), offer).refused(1, Message.of("course.not-utf8"));
        }
        return parse(text, file.toString(), offer);
    }

    /** {@link #read} of a file's text, named {@code file} in the problems. */
    public static Course parse(String text, String file, Offer offer) throws InvalidCourseException {
        CourseFile reading = new CourseFile(file, offer);
        Optional<YamlNode> root;
        try {
            root = YamlTree.parse(text);
        } catch (YamlTree.Unreadable e) {
            throw reading.refused(e.line(), Message.of("course.not-yaml", "reason", e.getMessage()));
        }
        Course course = root.map(reading::course).orElseGet(() -> Course.byDefault(offer));
        if (!reading.problems.isEmpty()) {
            throw reading.invalid();
        }
        return course;
    }

    /**
     * The course as a course file, which {@link #parse} reads back as it is: what the student template holds.
     *
     * @param comment the file's opening comment, each line without its {@code #}
     */
    public static String write(Course course, List<String> comment) {
        StringBuilder yaml = new StringBuilder();
        comment.forEach(line -> yaml.append(line.isEmpty() ? "#" : "# " + line).append('\n'));
        yaml.append("assignments:\n");
        for (CourseTask task : course.tasks()) {
            yaml.append("  - task: ").append(task.number()).append('\n');
            yaml.append("    weight: ").append(task.weight()).append('\n');
            if (!task.hidden().isEmpty()) {
                yaml.append("    hidden: [").append(String.join(", ", task.hidden())).append("]\n");
            }
            if (!task.leftOut().isEmpty()) {
                yaml.append("    left-out: [").append(String.join(", ", task.leftOut())).append("]\n");
            }
        }
        course.pass().ifPresent(pass -> yaml.append("pass: ").append(pass).append('\n'));
        course.language().ifPresent(language -> yaml.append("language: ").append(language.code()).append('\n'));
        return yaml.toString();
    }

    private Course course(YamlNode root) {
        if (!(root instanceof Mapping mapping)) {
            problem(root.line(), Message.of("course.not-a-mapping"));
            return null;
        }
        Map<String, Entry> entries = entries(mapping, COURSE_KEYS);
        Optional<List<CourseTask>> tasks = Optional.ofNullable(entries.get("assignments")).map(e -> tasks(e.value()))
                .orElseGet(() -> Optional.of(Course.byDefault(offer).tasks()));
        Optional<Points> pass = Optional.ofNullable(entries.get("pass")).flatMap(e -> pass(e, tasks));
        Optional<Language> language = Optional.ofNullable(entries.get("language")).flatMap(e -> language(e.value()));
        return new Course(tasks.orElse(List.of()), pass, language);
    }

    /** The assignments, or empty when one of them is wrong (the total is then unknown). */
    private Optional<List<CourseTask>> tasks(YamlNode value) {
        if (!(value instanceof Sequence list)) {
            problem(value.line(), Message.of("course.expected-list", "key", "assignments"));
            return Optional.empty();
        }
        if (list.items().isEmpty()) {
            problem(value.line(), Message.of("course.no-assignments"));
            return Optional.empty();
        }
        int before = problems.size();
        List<CourseTask> tasks = new ArrayList<>();
        Map<Integer, Integer> firstLines = new HashMap<>();
        for (YamlNode item : list.items()) {
            task(item, firstLines).ifPresent(tasks::add);
        }
        return problems.size() == before ? Optional.of(tasks) : Optional.empty();
    }

    private Optional<CourseTask> task(YamlNode item, Map<Integer, Integer> firstLines) {
        if (!(item instanceof Mapping mapping)) {
            problem(item.line(), Message.of("course.assignment-not-a-mapping"));
            return Optional.empty();
        }
        Map<String, Entry> entries = entries(mapping, TASK_KEYS);
        Entry task = entries.get("task");
        if (task == null) {
            problem(mapping.line(), Message.of("course.no-task"));
            return Optional.empty();
        }
        if (!(task.value() instanceof Scalar number) || number.kind() != Scalar.Kind.WHOLE_NUMBER) {
            problem(task.line(), Message.of("course.task-not-a-number", "value", text(task.value())));
            return Optional.empty();
        }
        int n = wholeNumber(number.text());
        Optional<List<RubricRow>> rows = offer.rowsOf(n);
        if (rows.isEmpty()) {
            problem(task.line(), Message.of("course.not-a-task", "task", number.text(), "known",
                    offer.rows().keySet().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            return Optional.empty();
        }
        Integer first = firstLines.putIfAbsent(n, task.line());
        if (first != null) {
            problem(task.line(), Message.of("course.task-twice", "task", number.text(), "first", first.toString()));
        }
        Optional<Points> weight = Optional.ofNullable(entries.get("weight")).map(e -> positive(e.value(), "course.weight"))
                .orElseGet(() -> Optional.of(offer.rubricPoints(n)));
        List<String> ids = rows.get().stream().map(RubricRow::id).toList();
        List<String> hidden = rowIds(entries.get("hidden"), n, ids);
        List<String> leftOut = rowIds(entries.get("left-out"), n, ids);
        return weight.map(w -> new CourseTask(n, w, hidden, leftOut));
    }

    /** The row ids of a {@code hidden} or {@code left-out} list; each must be a row of task {@code n}. */
    private List<String> rowIds(Entry entry, int n, List<String> ids) {
        if (entry == null) {
            return List.of();
        }
        if (!(entry.value() instanceof Sequence list)) {
            problem(entry.line(), Message.of("course.expected-list", "key", entry.key()));
            return List.of();
        }
        List<String> rows = new ArrayList<>();
        for (YamlNode item : list.items()) {
            String id = text(item);
            if (item instanceof Scalar && ids.contains(id)) {
                rows.add(id);
            } else {
                problem(item.line(), Message.of("course.not-a-row", "row", id, "task", String.valueOf(n), "rows",
                        String.join(", ", ids)));
            }
        }
        return rows;
    }

    private Optional<Points> pass(Entry entry, Optional<List<CourseTask>> tasks) {
        if (!(entry.value() instanceof Scalar scalar) || !isNumber(scalar)) {
            problem(entry.line(), Message.of("course.pass-not-a-number", "value", text(entry.value())));
            return Optional.empty();
        }
        Optional<Points> pass = Points.exactly(new BigDecimal(scalar.text()));
        if (pass.isEmpty()) {
            problem(entry.line(), Message.of("course.pass-not-a-number", "value", scalar.text()));
            return Optional.empty();
        }
        // the total is known only when every assignment is right; a wrong one is reported already
        tasks.map(list -> new Course(list, Optional.empty(), Optional.empty()).maximum(offer)).ifPresent(total -> {
            if (pass.get().compareTo(Points.ZERO) < 0 || pass.get().compareTo(total) > 0) {
                problem(entry.line(), Message.of("course.pass-out-of-range", "pass", scalar.text(), "total",
                        total.toString()));
            }
        });
        return pass;
    }

    private Optional<Language> language(YamlNode value) {
        try {
            if (value instanceof Scalar scalar && scalar.kind() == Scalar.Kind.STRING) {
                return Optional.of(Language.parse(scalar.text()));
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        problem(value.line(), Message.of("course.unknown-language", "value", text(value)));
        return Optional.empty();
    }

    /** A positive number of points with at most two decimals, or a problem named by {@code key}. */
    private Optional<Points> positive(YamlNode value, String key) {
        if (value instanceof Scalar scalar && isNumber(scalar)) {
            Optional<Points> points = Points.exactly(new BigDecimal(scalar.text()));
            if (points.isPresent() && points.get().compareTo(Points.ZERO) > 0) {
                return points;
            }
        }
        problem(value.line(), Message.of(key, "value", text(value)));
        return Optional.empty();
    }

    /** The number, or -1 for one no assignment could have (too big, or YAML's 0x1A). */
    private static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isNumber(Scalar scalar) {
        if (scalar.kind() != Scalar.Kind.WHOLE_NUMBER && scalar.kind() != Scalar.Kind.NUMBER) {
            return false;
        }
        try {
            new BigDecimal(scalar.text());
            return true;
        } catch (NumberFormatException e) {
            // YAML's 0x1A, 1_000 and .inf are numbers to YAML, not to a gradebook
            return false;
        }
    }

    /**
     * The mapping's entries by key; an unknown key is named with the nearest known one, a key given twice with the
     * line of the first (which is the one used).
     */
    private Map<String, Entry> entries(Mapping mapping, List<String> known) {
        Map<String, Entry> entries = new HashMap<>();
        for (Entry entry : mapping.entries()) {
            if (!known.contains(entry.key())) {
                problem(entry.line(), Message.of("course.unknown-key", "key", entry.key(), "nearest",
                        NearestName.to(entry.key(), known), "known", String.join(", ", known)));
            } else if (entries.containsKey(entry.key())) {
                problem(entry.line(), Message.of("course.key-twice", "key", entry.key(), "first",
                        String.valueOf(entries.get(entry.key()).line())));
            } else {
                entries.put(entry.key(), entry);
            }
        }
        return entries;
    }

    /** A value as the file wrote it, for a problem's message. */
    private static String text(YamlNode value) {
        if (value instanceof Scalar scalar) {
            return scalar.text();
        }
        if (value instanceof Sequence list) {
            return list.items().stream().map(CourseFile::text).collect(Collectors.joining(", ", "[", "]"));
        }
        return ((Mapping) value).entries().stream().map(e -> e.key() + ": " + text(e.value()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private void problem(int line, Message message) {
        problems.add(new Problem(line, message));
    }

    private InvalidCourseException refused(int line, Message message) {
        problem(line, message);
        return invalid();
    }

    private InvalidCourseException invalid() {
        return new InvalidCourseException(file, problems.stream().sorted(Comparator.comparingInt(Problem::line))
                .map(p -> Localized.of("course.at", "file", file, "line", String.valueOf(p.line()), "problem",
                        p.message()))
                .toList());
    }
}
