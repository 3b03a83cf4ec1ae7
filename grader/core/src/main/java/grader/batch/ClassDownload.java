package grader.batch;

import grader.engine.submission.ArchiveExpander;
import grader.engine.submission.ArchiveFormat;
import grader.engine.submission.InvalidSubmissionException;
import grader.engine.submission.SubmissionReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The submissions of a class, as a folder or as the zip an LMS gives for "download all submissions".
 *
 * <p>Each sub-folder (Moodle's "in folders" download: {@code <Full name>_<id>_assignsubmission_file_/}) and each
 * archive is one submission, named after it. Loose files are grouped by student: Moodle's flat download names
 * them {@code <Full name>_<id>_assignsubmission_file_<file>}, Canvas's {@code <name>[_LATE]_<user id>_<submission
 * id>_<file>}; each student's files are copied, under their own names, into a folder named {@code <Full
 * name>_<id>} (Moodle) or {@code <name>_<user id>} (Canvas). A class zip is unpacked first. What is staged lives in
 * a temporary folder that {@link #close()} deletes.
 */
final class ClassDownload implements Closeable {

    /** A class zip holds every student's upload: far more than one submission may. */
    static final SubmissionReader.Limits LIMITS = new SubmissionReader.Limits(256L << 20, 4L << 30, 100_000,
            100_000, 1);

    /** Moodle replaces {@code _} in a full name by a space, so the first {@code _<digits>_} ends the name. */
    private static final Pattern MOODLE_FILE = Pattern.compile("([^_]+_\\d+)_assignsubmission_[a-z]+_(.+)");
    /** Moodle's folder for a plugin other than file uploads (online text): never code. */
    private static final Pattern MOODLE_OTHER_FOLDER = Pattern.compile("[^_]+_\\d+_assignsubmission_(?!file)[a-z]+_?");
    private static final Pattern CANVAS_FILE = Pattern.compile("([^_]+?)(?:_late)?_(\\d+)_\\d+_(.+)",
            Pattern.CASE_INSENSITIVE);

    private final Path staging;
    private final List<Path> submissions;

    private ClassDownload(Path staging, List<Path> submissions) {
        this.staging = staging;
        this.submissions = submissions;
    }

    /** Reads the class at {@code input} (a folder or a class archive), leaving out the output folder {@code out}. */
    static ClassDownload open(Path input, Path out) throws IOException {
        return open(input, out, LIMITS);
    }

    /** As above, within {@code limits} for a class archive. */
    static ClassDownload open(Path input, Path out, SubmissionReader.Limits limits) throws IOException {
        Path staging = Files.createTempDirectory("class-");
        try {
            Path folder = input;
            if (!Files.isDirectory(input)) {
                folder = Files.createDirectories(staging.resolve("unpacked"));
                ArchiveExpander.unpackClass(input, folder, limits);
            }
            return new ClassDownload(staging, submissionsIn(folder, out, staging.resolve("students")));
        } catch (IOException | RuntimeException e) {
            delete(staging);
            throw e;
        }
    }

    /** The temporary folder that holds what was staged. */
    Path staging() {
        return staging;
    }

    /** Every submission, sorted by name. */
    List<Path> submissions() {
        return submissions;
    }

    private static List<Path> submissionsIn(Path folder, Path out, Path students) throws IOException {
        List<Path> found = new ArrayList<>();
        Map<String, List<Path>> grouped = new TreeMap<>();
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".") || entry.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                if (!MOODLE_OTHER_FOLDER.matcher(name).matches()) {
                    found.add(entry);
                }
            } else if (studentOf(name).isPresent()) {
                grouped.computeIfAbsent(studentOf(name).get().student(), k -> new ArrayList<>()).add(entry);
            } else if (ArchiveFormat.byName(name).isPresent()) {
                found.add(entry);
            }
        }
        for (var group : grouped.entrySet()) {
            Path student = Files.createDirectories(students.resolve(group.getKey()));
            for (Path file : group.getValue()) {
                String own = studentOf(file.getFileName().toString()).orElseThrow().file();
                Files.copy(file, student.resolve(own), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            found.add(student);
        }
        found.sort(Comparator.comparing(SubmissionReader::nameOf));
        refuseDuplicateNames(found);
        return List.copyOf(found);
    }

    /** @param student the submission's name; @param file the file's own name, as the student uploaded it */
    record Upload(String student, String file) {}

    /** Who a loose file of an LMS download belongs to, if its name follows Moodle's or Canvas's pattern. */
    static Optional<Upload> studentOf(String fileName) {
        Matcher moodle = MOODLE_FILE.matcher(fileName);
        if (moodle.matches()) {
            return Optional.of(new Upload(moodle.group(1), moodle.group(2)));
        }
        Matcher canvas = CANVAS_FILE.matcher(fileName);
        if (canvas.matches()) {
            return Optional.of(new Upload(canvas.group(1) + "_" + canvas.group(2), canvas.group(3)));
        }
        return Optional.empty();
    }

    /** Two submissions of one name would share a gradebook row and an output folder: say so before grading. */
    private static void refuseDuplicateNames(List<Path> submissions) throws IOException {
        Map<String, Path> byName = new HashMap<>();
        for (Path submission : submissions) {
            Path other = byName.putIfAbsent(SubmissionReader.nameOf(submission), submission);
            if (other != null) {
                throw new InvalidSubmissionException("two submissions would both be named " + SubmissionReader.nameOf(submission)
                        + " (" + other.getFileName() + " and " + submission.getFileName() + "): rename one");
            }
        }
    }

    @Override
    public void close() {
        delete(staging);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over staging folder in the temporary folder is harmless
        }
    }
}
