/**
 * Points as every layer counts them: in hundredths, so that a course's weights may scale a rubric's whole points
 * without a sum drifting. The lowest layer with the catalogs of text: it depends on nothing of the grader.
 */
package grader.score;
