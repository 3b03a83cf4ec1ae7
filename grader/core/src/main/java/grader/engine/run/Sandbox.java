package grader.engine.run;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a student's JVM runs: wraps its command line in whatever confines it.
 *
 * <p>{@link #NONE} runs it as a plain child process in its scratch folder, with the grader's limits on time,
 * output and process tree, but with the rights of the grader's user.
 */
public interface Sandbox {

    Sandbox NONE = new Sandbox() {
        @Override
        public List<String> wrap(List<String> command, Path scratch) {
            return command;
        }

        @Override
        public String describe() {
            return "plain process (no sandbox)";
        }
    };

    /** The command that runs {@code command} confined to {@code scratch}. */
    List<String> wrap(List<String> command, Path scratch);

    /** One line for reports: which mode ran. */
    String describe();
}
