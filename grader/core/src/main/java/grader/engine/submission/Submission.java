package grader.engine.submission;

import grader.text.Localized;
import java.nio.file.Path;
import java.util.List;

/**
 * A submission ready to grade: its own scratch copy and the Java files found in it.
 *
 * @param name the submission's name (its folder or zip name)
 * @param scratch the scratch folder that holds the copy; the student's code only ever sees this copy
 * @param sources every {@code .java} file in it, decoded
 * @param notes what the student should know about how the submission was read (empty if nothing)
 */
public record Submission(String name, Path scratch, List<SourceFile> sources, List<Localized> notes) {
    public Submission {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }
}
