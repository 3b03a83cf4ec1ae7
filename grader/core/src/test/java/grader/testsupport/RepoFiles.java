package grader.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The repository's files as the tests reach them, and copies of them to change or to package. */
public final class RepoFiles {

    private RepoFiles() {}

    /** The repository root: Surefire passes it; from an IDE the working folder is grader/core. */
    public static Path repo() {
        String configured = System.getProperty("grader.repo");
        return (configured != null ? Path.of(configured) : Path.of("../..")).toAbsolutePath().normalize();
    }

    /** Copies the folder {@code from} into {@code to}, keeping file attributes (the scripts stay executable). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
