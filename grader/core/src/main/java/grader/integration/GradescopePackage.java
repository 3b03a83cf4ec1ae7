package grader.integration;

import grader.course.CourseFile;
import grader.course.GraderOffer;
import grader.course.InvalidCourseException;
import grader.text.Language;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the autograder zip that Gradescope's "Configure Autograder" page takes.
 *
 * <p>Gradescope extracts the zip into {@code /autograder/source}, runs {@code setup.sh} once to build the image, and
 * for every submission runs {@code run_autograder} (copied to {@code /autograder/run_autograder}), which must write
 * {@code /autograder/results/results.json}. The zip therefore holds, at its root:
 *
 * <pre>
 * setup.sh               installs a JDK 17 and bubblewrap, checks that the grader starts     (mode 755)
 * run_autograder         grades /autograder/submission, always leaves a valid results.json  (mode 755)
 * grader/grader.jar      the grader                         -> /autograder/source/grader/grader.jar
 * grader/lib/*.jar       its runtime dependencies           -> /autograder/source/grader/lib/
 * grader/course.yaml     the course (when there is one), which the grader reads there as its course file
 * </pre>
 *
 * <p>The two scripts are read from the templates folder {@value #TEMPLATES} of the repository (line endings
 * normalised to LF, so a Windows checkout still works), and are stored with Unix permissions 755 in the zip's
 * external attributes; {@code setup.sh} also {@code chmod}s {@code run_autograder}, in case an extractor drops
 * them. The entries have a fixed time stamp, so the same grader gives the same zip.
 *
 * <pre>
 * ./mvnw -q -Dmaven.test.skip=true -pl grader/core -am package
 * java -cp "grader/core/target/grader.jar:grader/core/target/lib/*" grader.integration.GradescopePackage autograder.zip
 * </pre>
 */
public final class GradescopePackage {

    /** Where the script templates are, relative to the repository root. */
    public static final String TEMPLATES = "grader/integrations/gradescope";

    /** The scripts Gradescope needs at the root of the zip. */
    public static final List<String> SCRIPTS = List.of("setup.sh", "run_autograder");

    /** Where the grader goes inside the zip (so in {@code /autograder/source}). */
    public static final String GRADER_FOLDER = "grader";

    private static final FileTime STAMP = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private GradescopePackage() {}

    /**
     * Builds the zip with the script templates found from the repository: {@code -Dgrader.home}, else the
     * repository that holds {@code graderJar} at {@code grader/core/target/grader.jar}, else the working folder.
     *
     * @param graderJar the grader ({@code grader/core/target/grader.jar})
     * @param libFolder its runtime dependencies ({@code grader/core/target/lib}): every {@code .jar} in it
     * @param zipFile the zip to write (replaced if it exists)
     * @return {@code zipFile}
     */
    public static Path build(Path graderJar, Path libFolder, Path zipFile) throws IOException {
        return build(locateTemplates(graderJar), graderJar, libFolder, zipFile);
    }

    /**
     * Builds the zip with the scripts of {@code templates}.
     *
     * @param templates a folder holding {@code setup.sh} and {@code run_autograder}
     */
    public static Path build(Path templates, Path graderJar, Path libFolder, Path zipFile) throws IOException {
        return build(templates, graderJar, libFolder, zipFile, null);
    }

    /**
     * {@link #build(Path, Path, Path, Path)}, with the course's language for the feedback written into the zip
     * ({@code grader/lang}, which {@code run_autograder} passes as {@code --lang}), or null to leave it to the
     * container's locale.
     */
    public static Path build(Path templates, Path graderJar, Path libFolder, Path zipFile, Language language)
            throws IOException {
        return build(templates, graderJar, libFolder, zipFile, language, null);
    }

    /**
     * {@link #build(Path, Path, Path, Path, Language)}, with the course file the grader in the zip grades by
     * ({@code grader/course.yaml}: the grader's home there is {@code /autograder/source/grader}), or null for the
     * default course.
     */
    public static Path build(Path templates, Path graderJar, Path libFolder, Path zipFile, Language language,
            Path course) throws IOException {
        require(course == null || Files.isRegularFile(course), "there is no course file " + course);
        for (String script : SCRIPTS) {
            require(Files.isRegularFile(templates.resolve(script)), "there is no " + templates.resolve(script));
        }
        require(Files.isRegularFile(graderJar), "there is no grader jar " + graderJar
                + " (build it with ./mvnw -q -Dmaven.test.skip=true -pl grader/core -am package)");
        require(Files.isDirectory(libFolder), "there is no library folder " + libFolder);
        List<Path> libraries;
        try (Stream<Path> files = Files.list(libFolder)) {
            libraries = files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        require(!libraries.isEmpty(), "there is no .jar in " + libFolder);

        Path zip = zipFile.toAbsolutePath();
        Files.createDirectories(zip.getParent());
        Files.deleteIfExists(zip);
        try (FileSystem fs = FileSystems.newFileSystem(zip,
                Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            for (String script : SCRIPTS) {
                byte[] text = lf(Files.readString(templates.resolve(script), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
                require(new String(text, 0, Math.min(2, text.length), StandardCharsets.UTF_8).equals("#!"),
                        templates.resolve(script) + " does not start with #!");
                put(fs.getPath(script), text, EXECUTABLE);
            }
            Path grader = folder(fs.getPath(GRADER_FOLDER));
            put(grader.resolve("grader.jar"), Files.readAllBytes(graderJar), READABLE);
            Path lib = folder(grader.resolve("lib"));
            for (Path library : libraries) {
                put(lib.resolve(library.getFileName().toString()), Files.readAllBytes(library), READABLE);
            }
            if (language != null) {
                put(grader.resolve("lang"), (language.code() + "\n").getBytes(StandardCharsets.UTF_8), READABLE);
            }
            if (course != null) {
                put(grader.resolve(CourseFile.NAME), Files.readAllBytes(course), READABLE);
            }
        }
        addFileTypes(zip);
        return zipFile;
    }

    /**
     * {@code java -cp "grader.jar:lib/*" grader.integration.GradescopePackage OUT.zip [--templates DIR]}, from the
     * repository root: packages the grader this runs from (its jar and the {@code lib} folder beside it).
     */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        Path zip = null;
        Path templates = null;
        Language language = null;
        Path course = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--templates") && i + 1 < args.length) {
                templates = Path.of(args[++i]);
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                try {
                    language = Language.parse(args[++i]);
                } catch (IllegalArgumentException e) {
                    err.println("GradescopePackage: " + e.getMessage());
                    return 2;
                }
            } else if (args[i].equals("--course") && i + 1 < args.length) {
                course = Path.of(args[++i]);
            } else if (args[i].equals("--help") || args[i].equals("-h")) {
                out.println(usage());
                return 0;
            } else if (!args[i].startsWith("-") && zip == null) {
                zip = Path.of(args[i]);
            } else {
                err.println("GradescopePackage: unexpected argument: " + args[i]);
                err.println(usage());
                return 2;
            }
        }
        if (zip == null) {
            err.println(usage());
            return 2;
        }
        try {
            Path jar = runningJar();
            Path lib = jar.resolveSibling("lib");
            if (course == null && Files.isRegularFile(home().resolve(CourseFile.NAME))) {
                course = home().resolve(CourseFile.NAME);
            }
            if (course != null) {
                // refused here, with every problem, rather than on the first student's submission
                CourseFile.read(course, GraderOffer.ofThisGrader());
            }
            build(templates == null ? locateTemplates(jar) : templates, jar, lib, zip, language, course);
            out.printf("Wrote %s (%d KiB): upload it on the assignment's Configure Autograder page.%n", zip,
                    Files.size(zip) / 1024);
            return 0;
        } catch (InvalidCourseException e) {
            err.println("GradescopePackage: the course file " + e.file() + " cannot be used:");
            Language reader = language == null ? Language.EN : language;
            e.problems().forEach(p -> err.println("  " + p.in(reader)));
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("GradescopePackage: " + e.getMessage());
            return 3;
        }
    }

    private static String usage() {
        return "Usage: java -cp \"grader/core/target/grader.jar:grader/core/target/lib/*\" "
                + GradescopePackage.class.getName() + " OUT.zip [--templates DIR] [--lang en|ru] [--course FILE]\n"
                + "  writes Gradescope's autograder zip: setup.sh, run_autograder, grader/grader.jar, grader/lib/;\n"
                + "  --lang: the language of the students' feedback (default: the container's locale, i.e. English)\n"
                + "  --course: the course file (default: course.yaml at the top of the repository, if there is one)";
    }

    /**
     * The grader jar this class was loaded from; run from the build's classes (an IDE), the packaged
     * {@code grader/core/target/grader.jar} of the repository.
     */
    static Path runningJar() {
        Path location;
        try {
            location = Path.of(GradescopePackage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot tell where the grader's classes are", e);
        }
        if (Files.isRegularFile(location)) {
            return location;
        }
        return home().resolve("grader/core/target/grader.jar");
    }

    /** The first of the candidate folders that holds both scripts. */
    static Path locateTemplates(Path graderJar) {
        Set<Path> candidates = new LinkedHashSet<>();
        if (System.getProperty("grader.home") != null) {
            candidates.add(home().resolve(TEMPLATES));
        }
        Path target = graderJar.toAbsolutePath().normalize().getParent();
        if (target != null && target.getParent() != null && target.getParent().getParent() != null
                && target.getParent().getParent().getParent() != null) {
            candidates.add(target.getParent().getParent().getParent().resolve(TEMPLATES)); // repo/grader/core/target
        }
        candidates.add(Path.of(TEMPLATES).toAbsolutePath().normalize());
        List<Path> tried = new ArrayList<>();
        for (Path candidate : candidates) {
            if (SCRIPTS.stream().allMatch(s -> Files.isRegularFile(candidate.resolve(s)))) {
                return candidate;
            }
            tried.add(candidate);
        }
        throw new IllegalStateException("cannot find the Gradescope templates (setup.sh, run_autograder); looked in "
                + tried + "; run from the repository root or pass -Dgrader.home=REPO");
    }

    private static Path home() {
        return Path.of(System.getProperty("grader.home", ".")).toAbsolutePath().normalize();
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Path folder(Path path) throws IOException {
        Files.createDirectories(path);
        Files.setPosixFilePermissions(path, EXECUTABLE);
        stamp(path);
        return path;
    }

    private static void put(Path entry, byte[] bytes, Set<PosixFilePermission> permissions) throws IOException {
        Files.write(entry, bytes);
        Files.setPosixFilePermissions(entry, permissions);
        stamp(entry);
    }

    /** One time for modification, access and creation: the zip does not depend on when it was built. */
    private static void stamp(Path entry) throws IOException {
        Files.getFileAttributeView(entry, BasicFileAttributeView.class).setTimes(STAMP, STAMP, STAMP);
    }

    /**
     * Adds the Unix file type (regular file or folder) to the permissions the ZIP file system wrote in each entry's
     * external attributes, as Info-ZIP does: some extractors ignore permissions that come without a type.
     */
    static void addFileTypes(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            int tailLength = (int) Math.min(channel.size(), 22 + 0xFFFF);
            ByteBuffer tail = ByteBuffer.allocate(tailLength).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(tail, channel.size() - tailLength);
            int end = -1;
            for (int i = tailLength - 22; i >= 0 && end < 0; i--) {
                if (tail.getInt(i) == 0x06054b50) {
                    end = i;
                }
            }
            require(end >= 0, "no end of central directory in " + zip);
            int entries = Short.toUnsignedInt(tail.getShort(end + 10));
            int size = tail.getInt(end + 12);
            long offset = Integer.toUnsignedLong(tail.getInt(end + 16));
            ByteBuffer directory = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(directory, offset);
            int at = 0;
            for (int n = 0; n < entries; n++) {
                require(directory.getInt(at) == 0x02014b50, "unexpected central directory in " + zip);
                int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
                boolean unix = (directory.get(at + 5) & 0xFF) == 3;
                String name = new String(directory.array(), at + 46, nameLength, StandardCharsets.UTF_8);
                int mode = directory.getInt(at + 38) >>> 16;
                if (unix && mode != 0 && (mode & 0170000) == 0) {
                    mode |= name.endsWith("/") ? 0040000 : 0100000;
                    directory.putInt(at + 38, (mode << 16) | (directory.getInt(at + 38) & 0xFFFF));
                }
                at += 46 + nameLength + extraLength + commentLength;
            }
            directory.rewind();
            channel.write(directory, offset);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
