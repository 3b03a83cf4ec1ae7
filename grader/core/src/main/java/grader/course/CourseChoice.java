package grader.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which course a run grades: the command line's {@code --course FILE}; else {@code course.yaml} at the top of the
 * repository when there is one; else the default course.
 */
public final class CourseChoice {

    private CourseChoice() {}

    /**
     * @param commandLine the file {@code --course} named, if it did
     * @param home the repository's root ({@code grader.home})
     */
    public static Course load(Optional<Path> commandLine, Path home, Offer offer)
            throws IOException, InvalidCourseException {
        if (commandLine.isPresent()) {
            return CourseFile.read(commandLine.get(), offer);
        }
        Path top = home.resolve(CourseFile.NAME);
        return Files.isRegularFile(top) ? CourseFile.read(top, offer) : Course.byDefault(offer);
    }
}
