package grader.rubric;

import java.nio.file.Path;
import java.util.List;

/**
 * What an assignment's probe calls need in the student's JVM: libraries on its class path (a model checker), Java
 * agents loaded at start-up, and JVM options. The engine copies the libraries and agents where a sandboxed user can
 * read them.
 *
 * @param classPath jars or class folders, found on the grader's own class path
 * @param agents jars given as {@code -javaagent:}: an agent loaded at start-up needs no attach socket in
 *     {@code /tmp}, which the sandbox without bubblewrap forbids
 * @param jvmOptions options given before the main class
 */
public record StudentJvmNeeds(List<Path> classPath, List<Path> agents, List<String> jvmOptions) {

    public static final StudentJvmNeeds NONE = new StudentJvmNeeds(List.of(), List.of(), List.of());

    public StudentJvmNeeds {
        classPath = List.copyOf(classPath);
        agents = List.copyOf(agents);
        jvmOptions = List.copyOf(jvmOptions);
    }
}
