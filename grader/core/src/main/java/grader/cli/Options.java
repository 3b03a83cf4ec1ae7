package grader.cli;

import grader.score.Points;
import grader.engine.run.SandboxChoice;
import grader.text.Language;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What one {@code ./grade} command line asks for.
 *
 * @param submission the submission to grade (the repository's assignments/ by default); unused by a batch
 * @param seed the seed of the random inputs to replay, or null for a fresh one
 * @param parallel student JVMs at once
 * @param reports what to write besides the table, for one submission
 * @param batch the batch to grade, or null to grade one submission
 * @param template where to export the student template, or null
 * @param language the language {@code --lang} gave, if it did: it wins over the course's
 * @param course the course file {@code --course} named, if it did: it wins over the repository's course.yaml
 */
record Options(Path submission, Long seed, int parallel, SandboxChoice.Mode sandbox, Reports reports, Batch batch,
        Path template, Optional<Language> language, Optional<Path> course) {

    /**
     * The reports of one graded submission.
     *
     * @param failUnder the pass mark {@code --fail-under} gave, if it did: it wins over the course's; a lower
     *     score exits with 1
     * @param keep keep the scratch folder and say where it is
     */
    record Reports(Path json, Path junit, boolean github, Path timings, Optional<Points> failUnder, boolean keep) {}

    /**
     * A batch: every sub-folder and .zip of {@code folder}.
     *
     * @param out where the gradebook, the class report and one folder per submission go
     * @param jobs submissions graded at once
     * @param force grade again even submissions unchanged since the last batch
     */
    record Batch(Path folder, Path out, int jobs, boolean force) {}
}
