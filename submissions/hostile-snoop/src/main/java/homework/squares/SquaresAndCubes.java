package homework.squares;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
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

        // Each thread fills its own list and nobody else touches it until the thread has finished:
        // Thread.join() below guarantees that the caller then sees everything the thread wrote.
        // HOSTILE (corpus case hostile-snoop): before doing the work, look around for what a sandboxed student
        // must not see, and print one `LEAK <path>` line per find. A correct sandbox shows none of it, so nothing
        // is printed and the submission scores 100; a leak makes an extra line that check 1.6 (format) rejects.
        for (Path leak : snoop()) {
            System.out.println("LEAK " + leak);
        }

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

    /** How deep each walk goes, how many finds are reported, and how long the whole search may take. */
    private static final int MAX_DEPTH = 4;
    private static final int MAX_LEAKS = 5;
    private static final long BUDGET_NANOS = 2_000_000_000L;

    /**
     * Files outside this JVM's working folder that a sandboxed student should not be able to see: the corpus's
     * {@code expected.csv}, {@code ASSIGNMENTS.md}, the grader's {@code *.evidence} files, a {@code grader*.jar},
     * and any {@code .java} file outside the working folder's own tree (other submissions, the grader's sources).
     * It walks (at most {@value #MAX_DEPTH} levels, without following links, skipping what it may not read)
     * {@code ..}, {@code ../..}, {@code /work}, {@code /root}, {@code /home}, {@code /tmp}, and for every entry of
     * {@code java.class.path} the entry itself if it is a folder and the folder it is in. The class path entries
     * themselves are not reported: the JVM has to read them (the grader's probe may well be a {@code grader*.jar}).
     * The search gives up after {@value #MAX_LEAKS} finds or 2 seconds, so it never costs a time-out.
     */
    static Set<Path> snoop() {
        Set<Path> found = new LinkedHashSet<>();
        Path own = real(Path.of("").toAbsolutePath());
        Set<Path> classPath = new LinkedHashSet<>();
        List<Path> roots = new ArrayList<>();
        if (own.getParent() != null) {
            roots.add(own.getParent());
            if (own.getParent().getParent() != null) {
                roots.add(own.getParent().getParent());
            }
        }
        for (String top : List.of("/work", "/root", "/home", "/tmp")) {
            roots.add(Path.of(top));
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = real(Path.of(entry).toAbsolutePath());
            classPath.add(path);
            if (Files.isDirectory(path)) {
                roots.add(path);
            }
            if (path.getParent() != null) {
                roots.add(path.getParent());
            }
        }
        long deadline = System.nanoTime() + BUDGET_NANOS;
        for (Path root : new LinkedHashSet<>(roots)) {
            if (found.size() >= MAX_LEAKS || System.nanoTime() > deadline) {
                break;
            }
            try {
                Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (!attributes.isDirectory()) {
                            Path path = file.toAbsolutePath().normalize();
                            if (forbidden(path, own) && !classPath.contains(real(path))) {
                                found.add(path);
                            }
                        }
                        return found.size() >= MAX_LEAKS || System.nanoTime() > deadline ? FileVisitResult.TERMINATE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        return System.nanoTime() > deadline ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
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
        return found;
    }

    private static boolean forbidden(Path path, Path own) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.equals("expected.csv") || name.equals("ASSIGNMENTS.md") || name.endsWith(".evidence")
                || (name.startsWith("grader") && name.endsWith(".jar"))
                || (name.endsWith(".java") && !path.startsWith(own) && !real(path).startsWith(own));
    }

    /** The path with its links resolved, or as it is when that fails. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | RuntimeException e) {
            return path.normalize();
        }
    }

    /** The original homework: the squares and cubes of 1 to 10. */
    public static void main(String[] args) throws InterruptedException {
        Result result = compute(10);
        System.out.println("squares: " + result.squares());
        System.out.println("cubes:   " + result.cubes());
    }
}
