/**
 * Grading a whole class: every submission of a folder, several at once, each in sandboxes of its own slot, into
 * a gradebook, per-student results and a class report. Built on {@link grader.engine.Grader}.
 */
package grader.batch;
