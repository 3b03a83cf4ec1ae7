package grader.engine.compile;

import java.nio.file.Path;
import java.util.List;

/**
 * What compiling one task gave.
 *
 * @param classes the folder with the class files, when it compiled
 * @param errors the compiler's errors, each {@code file:line: message} with the source line under it
 */
public record Compilation(Path classes, List<String> errors) {
    public Compilation {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
