package grader.engine.run;

import grader.rubric.CapBreach;
import grader.text.Localized;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a student's JVM runs: wraps its command line in whatever confines it.
 *
 * <p>{@link #NONE} runs it as a plain child process in its scratch folder, with the grader's limits on time,
 * output and process tree, but with the rights of the grader's user. {@link LinuxSandbox} adds what Linux offers:
 * a user of its own and a cap on processes, and with bubblewrap a namespace that sees nothing of the machine but
 * the JDK, the system's read-only files and its own folder.
 */
public interface Sandbox {

    Sandbox NONE = new Sandbox() {
        @Override
        public List<String> wrap(List<String> command, Path workDir, List<Path> readOnly) {
            return command;
        }

        @Override
        public Localized describe() {
            return Localized.of("engine.sandbox.none");
        }
    };

    /**
     * The command that runs {@code command} confined.
     *
     * @param workDir the only folder it may write to
     * @param readOnly files and folders it must be able to read (the JDK, its class path)
     */
    List<String> wrap(List<String> command, Path workDir, List<Path> readOnly);

    /** Makes {@code workDir} writable for the confined program (its owner may have to change). */
    default void prepare(Path workDir) throws IOException {}

    /**
     * After the program prepared in {@code workDir} has ended and its processes are gone: releases what
     * {@link #prepare} set up for it, and says which of its {@link CallCaps} it went past, as the grader measured.
     */
    default Optional<CapBreach> finish(Path workDir) {
        return Optional.empty();
    }

    /** Kills whatever the confined programs of this sandbox may have left running anywhere on the machine. */
    default void cleanUp() {}

    /** One line for reports, in every language: which mode ran. */
    Localized describe();
}
