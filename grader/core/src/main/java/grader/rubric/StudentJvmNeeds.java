package grader.rubric;

import java.nio.file.Path;
import java.util.List;

/**
 * What an assignment's probe calls need in the student's JVM: libraries on its class path (a model checker) and
 * JVM options (an agent's permission to attach). The engine copies the libraries where a sandboxed user can read
 * them.
 *
 * @param classPath jars or class folders, found on the grader's own class path
 * @param jvmOptions options given before the main class
 */
public record StudentJvmNeeds(List<Path> classPath, List<String> jvmOptions) {

    public static final StudentJvmNeeds NONE = new StudentJvmNeeds(List.of(), List.of());

    public StudentJvmNeeds {
        classPath = List.copyOf(classPath);
        jvmOptions = List.copyOf(jvmOptions);
    }
}
