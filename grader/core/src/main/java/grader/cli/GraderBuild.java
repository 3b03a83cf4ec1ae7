package grader.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether the grader's jar is older than its sources: the rule {@code ./grade} applies with {@code find}, for
 * {@code grade.cmd}, which has no {@code find} to ask. A build or grader source ({@code pom.xml}, or a file under
 * some {@code src/main/} of {@code grader/}) newer than the jar means the jar must be built again.
 */
final class GraderBuild {

    /** The exit code that tells {@code grade.cmd} to build the grader and run it again. */
    static final int EXIT_STALE = 75;

    private GraderBuild() {}

    static boolean isStale(Path home, Path jar) {
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            try (Stream<Path> sources = Stream.concat(Stream.of(home.resolve("pom.xml")), files(home.resolve("grader")))) {
                return sources.filter(GraderBuild::isSource)
                        .anyMatch(p -> modified(p).map(t -> t.compareTo(built) > 0).orElse(false));
            }
        } catch (IOException e) {
            return true;
        }
    }

    /** The jar this class was loaded from, if it was loaded from a jar (not from a build's classes folder). */
    static Optional<Path> runningJar() {
        try {
            Path location = Path.of(GraderBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static boolean isSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return !path.contains("/target/") && (file.getFileName().toString().equals("pom.xml")
                || path.contains("/src/main/"));
    }

    private static Stream<Path> files(Path folder) {
        try {
            return Files.isDirectory(folder) ? Files.walk(folder).filter(Files::isRegularFile) : Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<FileTime> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
