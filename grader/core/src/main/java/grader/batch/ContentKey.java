package grader.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything a result depends on: the submission's files (names and bytes) and the grader's own
 * code. Equal keys mean the earlier result can be reused; any change to either makes a new one.
 */
final class ContentKey {

    private ContentKey() {}

    /** The key of {@code submission} (a folder or a file) graded by a grader whose version is {@code grader}. */
    static String of(Path submission, String grader) throws IOException {
        MessageDigest digest = sha256();
        digest.update(grader.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        hashTree(submission, digest);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The version of the grader: a hash of the code it runs (its jars or class folders). */
    static String graderVersion(List<Path> codeLocations) {
        MessageDigest digest = sha256();
        try {
            for (Path location : codeLocations) {
                hashTree(location, digest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static void hashTree(Path root, MessageDigest digest) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(root.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
