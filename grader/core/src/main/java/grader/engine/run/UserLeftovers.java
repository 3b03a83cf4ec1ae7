package grader.engine.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Removes what a slot's user id left in the folders every user may write to ({@code /tmp}, {@code /var/tmp},
 * {@code /dev/shm}), so that nothing of a submission outlives its grading. Under Landlock or bubblewrap a student
 * cannot write there at all; this is for where neither works, and costs one listing of each folder.
 *
 * <p>Only an entry directly in such a folder and owned by the slot's user is removed, with everything under it;
 * links are removed, never followed.
 */
public final class UserLeftovers {

    private static final List<Path> SHARED = List.of(Path.of("/tmp"), Path.of("/var/tmp"), Path.of("/dev/shm"));

    private UserLeftovers() {}

    /** Removes every top-level entry of the shared folders that {@code uid} owns; its processes must be gone. */
    public static void remove(int uid) {
        for (Path shared : SHARED) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(shared)) {
                for (Path entry : entries) {
                    if (ownerOf(entry) == uid) {
                        deleteQuietly(entry);
                    }
                }
            } catch (IOException e) {
                // no such folder here
            }
        }
    }

    private static int ownerOf(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path top) {
        try {
            deleteTree(top);
        } catch (IOException e) {
            // gone meanwhile, or not ours to remove: the other entries are still tried
        }
    }

    private static void deleteTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
