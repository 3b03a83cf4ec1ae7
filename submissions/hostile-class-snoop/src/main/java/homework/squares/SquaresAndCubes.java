package homework.squares;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Task 1: two threads, one computing the squares and the other the cubes of 1..n.
 *
 * <pre>{@code
 * SquaresAndCubes.Result r = SquaresAndCubes.compute(3);   // prints 1^2 = 1 ... 3^3 = 27 from two threads
 * r.squares();   // [1, 4, 9]
 * r.cubes();     // [1, 8, 27]
 * }</pre>
 */
public final class SquaresAndCubes {

    /** The squares and the cubes of 1..n, in order (given by the assignment, not to be changed). */
    public record Result(List<Long> squares, List<Long> cubes) {}

    private SquaresAndCubes() {
    }

    /**
     * Starts one thread for the squares and one for the cubes of 1..n, waits for both and returns their values.
     *
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static Result compute(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more, was " + n);
        }

        // HOSTILE (corpus case hostile-class-snoop): before doing the work, try what a student running as a plain
        // user id of its own (no bubblewrap, as in a container) could do, and print one `LEAK <what>` line per
        // success: read the folders named in any process's command line (the instructor's class folder, the
        // grader's repository), read a classmate's scratch folder beside its own, lock a grader's user-id file;
        // and it leaves files in /tmp, /var/tmp and /dev/shm, which the tests look for after the batch. Confined,
        // nothing is printed and it scores 100; a leak makes an extra line that check 1.6 (format) rejects.
        for (String leak : Snoop.run()) {
            System.out.println("LEAK " + leak);
        }
        Snoop.litter();

        // Each thread fills its own list and nobody else touches it until the thread has finished:
        // Thread.join() below guarantees that the caller then sees everything the thread wrote.
        List<Long> squares = new ArrayList<>(n);
        List<Long> cubes = new ArrayList<>(n);

        Thread squareThread = new Thread(() -> {
            for (int i = 1; i <= n; i++) {
                long square = (long) i * i;
                squares.add(square);
                System.out.println(i + "^2 = " + square);
            }
        }, "squares");

        Thread cubeThread = new Thread(() -> {
            for (int i = 1; i <= n; i++) {
                long cube = (long) i * i * i;
                cubes.add(cube);
                System.out.println(i + "^3 = " + cube);
            }
        }, "cubes");

        // Start both threads before waiting for either: this is what lets them run at the same time.
        // (Calling run() instead of start() would execute both bodies in this thread, one after the other.)
        squareThread.start();
        cubeThread.start();
        squareThread.join();
        cubeThread.join();

        return new Result(List.copyOf(squares), List.copyOf(cubes));
    }

    /** The attacks: each adds what it could reach (2 finds at most); none throws, and each stops after 0.6 s. */
    private static final class Snoop {

        /** Deep enough for a class folder's {@code NAME/src/main/java/homework/squares/X.java}. */
        private static final int MAX_DEPTH = 8;
        private static final int LEAKS_PER_ATTACK = 2;
        private static final long NANOS_PER_ATTACK = 600_000_000L;
        /** Names the tests look for after the batch: nothing of these may outlive it. */
        static final String LITTER = "hostile-class-snoop-";

        private final Set<String> found = new LinkedHashSet<>();
        private int foundBefore;
        private long deadline;
        private final Path own = real(Path.of("").toAbsolutePath());
        /** The scratch folder of this grading (the call's folder is two below it): its own submission. */
        private final Path scratch = own.getParent() != null && own.getParent().getParent() != null
                ? own.getParent().getParent() : own;
        private final Path javaHome = real(Path.of(System.getProperty("java.home")));
        private final List<Path> classPath = new ArrayList<>();

        private Snoop() {
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    classPath.add(real(Path.of(entry).toAbsolutePath()));
                }
            }
        }

        static Set<String> run() {
            Snoop snoop = new Snoop();
            for (Runnable attack : List.<Runnable>of(snoop::commandLines, snoop::neighbours, snoop::uidLocks)) {
                snoop.foundBefore = snoop.found.size();
                snoop.deadline = System.nanoTime() + NANOS_PER_ATTACK;
                attack.run();
            }
            return snoop.found;
        }

        /**
         * Every absolute path in any process's command line: the class folder given to {@code --batch} first,
         * then the repository, the output folder and whatever else is named there.
         */
        private void commandLines() {
            List<Path> first = new ArrayList<>();
            List<Path> then = new ArrayList<>();
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    String[] words;
                    try {
                        words = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                                .split("\\x00");
                    } catch (IOException | RuntimeException e) {
                        continue;
                    }
                    for (int i = 0; i < words.length; i++) {
                        boolean batch = i > 0 && words[i - 1].equals("--batch");
                        for (String part : words[i].split("[:=]")) {
                            if (part.startsWith("/")) {
                                (batch ? first : then).add(Path.of(part));
                            }
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no /proc to read
            }
            first.addAll(then);
            for (Path path : new LinkedHashSet<>(first)) {
                if (done()) {
                    return;
                }
                examine(path);
            }
        }

        /** The scratch folders of other submissions graded beside it, at the same places as its own. */
        private void neighbours() {
            Path parent = scratch.getParent();
            if (parent == null) {
                return;
            }
            List<Path> relative = new ArrayList<>();
            relative.add(Path.of("src"));
            for (Path entry : classPath) {
                if (entry.startsWith(scratch)) {
                    relative.add(scratch.relativize(entry));
                }
            }
            try (DirectoryStream<Path> others = Files.newDirectoryStream(parent)) {
                for (Path other : others) {
                    if (done()) {
                        return;
                    }
                    if (!real(other).equals(scratch)) {
                        relative.forEach(r -> walk(other.resolve(r), true));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // its parent cannot be listed: no neighbours to find
            }
        }

        /** A grader's claim on a user id: a read lock on it keeps that id from every grader. */
        private void uidLocks() {
            Path folder = Path.of("/tmp", "concurrency-grader-uids");
            for (int uid = 61000; uid < 61010 && !done(); uid++) {
                Path file = folder.resolve(uid + ".lock");
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
                    if (lock != null) {
                        found.add("locked " + file);
                        lock.release();
                    }
                } catch (IOException | RuntimeException e) {
                    // not there, or not for us
                }
            }
        }

        /** Files and a folder in every folder all users may write to; the batch must remove them. */
        static void litter() {
            String name = LITTER + ProcessHandle.current().pid();
            for (String shared : List.of("/tmp", "/var/tmp", "/dev/shm")) {
                try {
                    Files.writeString(Path.of(shared, name), "left behind by hostile-class-snoop");
                    Files.writeString(Files.createDirectories(Path.of(shared, name + "-folder", "deeper"))
                            .resolve("file"), "left behind by hostile-class-snoop");
                } catch (IOException | RuntimeException e) {
                    // not writable: nothing is left there
                }
            }
        }

        private void examine(Path path) {
            Path real = real(path);
            if (real.startsWith(scratch) || real.startsWith(javaHome) || classPath.contains(real) || system(real)) {
                return;
            }
            if (Files.isDirectory(real)) {
                walk(real, false);
            } else if (forbidden(real, false) && readable(real)) {
                found.add(real.toString());
            }
        }

        private void walk(Path root, boolean classesToo) {
            try {
                Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        Path path = file.toAbsolutePath().normalize();
                        if (!attributes.isDirectory() && forbidden(path, classesToo) && !path.startsWith(scratch)
                                && readable(path)) {
                            found.add(path.toString());
                        }
                        return done() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        return done() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                // not there, or not readable: nothing leaks from it
            }
        }

        private boolean done() {
            return found.size() - foundBefore >= LEAKS_PER_ATTACK || System.nanoTime() > deadline;
        }

        /** What a student may read anyway: the system and the JDK's own files. */
        private static boolean system(Path path) {
            for (String top : List.of("/usr", "/etc", "/lib", "/lib64", "/bin", "/sbin", "/proc", "/sys", "/dev")) {
                if (path.startsWith(top)) {
                    return true;
                }
            }
            return false;
        }

        /** Sources, archives and compiled classes of anyone, the corpus's scores, the grader and its outputs. */
        private static boolean forbidden(Path path, boolean classesToo) {
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            return name.endsWith(".java") || name.endsWith(".zip") || name.equals("expected.csv")
                    || name.equals("ASSIGNMENTS.md") || name.endsWith(".evidence") || name.equals("gradebook.csv")
                    || name.equals("feedback.txt") || (name.startsWith("grader") && name.endsWith(".jar"))
                    || (classesToo && name.endsWith(".class"));
        }

        /** Whether its first byte can be read: seeing a name is not reading the file. */
        private static boolean readable(Path path) {
            try (var in = Files.newInputStream(path)) {
                in.read();
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        private static Path real(Path path) {
            try {
                return path.toRealPath();
            } catch (IOException | RuntimeException e) {
                return path.normalize();
            }
        }
    }

    /** The original homework: the squares and cubes of 1 to 10. */
    public static void main(String[] args) throws InterruptedException {
        Result result = compute(10);
        System.out.println("squares: " + result.squares());
        System.out.println("cubes:   " + result.cubes());
    }
}
