package grader.course;

import grader.text.Language;
import grader.text.Localized;
import java.util.List;

/** A course file that cannot be used, with every problem found in it, each naming the file and its line. */
public final class InvalidCourseException extends Exception {

    private final String file;
    private final transient List<Localized> problems;

    InvalidCourseException(String file, List<Localized> problems) {
        super(String.join("\n", problems.stream().map(p -> p.in(Language.EN)).toList()));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The course file, as it was named to the reader. */
    public String file() {
        return file;
    }

    /** Every problem, in the order of the file's lines, in every language. */
    public List<Localized> problems() {
        return problems;
    }
}
