package grader.rubric.squares;

import grader.rubric.HiddenPart;
import grader.rubric.Rubric;
import grader.rubric.TaskEvidence;

/**
 * Task 1's hidden parts: rows 1.1 and 1.2 on an n from 11 to 100 the student cannot guess (the student template
 * leaves this class out; see {@link HiddenPart}).
 */
@Rubric
public class SquaresHiddenRubric {

    @HiddenPart(row = "1.1")
    void squaresAreRightForAnUnguessableN(TaskEvidence evidence) {
        SquaresRubric.checkList(evidence, SquaresPlan.RANDOM, "squares", i -> i * i);
    }

    @HiddenPart(row = "1.2")
    void cubesAreRightForAnUnguessableN(TaskEvidence evidence) {
        SquaresRubric.checkList(evidence, SquaresPlan.RANDOM, "cubes", i -> i * i * i);
    }
}
