package grader.rubric.factorial;

import grader.rubric.HiddenPart;
import grader.rubric.Rubric;
import grader.rubric.TaskEvidence;

/**
 * Task 4's hidden part: row 4.1 on a max from 2 to 20 the student cannot guess (the student template leaves this
 * class out; see {@link HiddenPart}).
 */
@Rubric
public class FactorialHiddenRubric {

    @HiddenPart(row = "4.1")
    void mapIsRightForAnUnguessableMax(TaskEvidence evidence) {
        FactorialRubric.checkMap(evidence, FactorialPlan.RANDOM);
    }
}
