/**
 * The course: which assignments make the homework, each one's weight in the total, the rows graded only by the
 * instructor, the pass mark and the language, read from {@code course.yaml} ({@link grader.course.CourseFile}).
 * A layer above the rubric and below the engine, the reports, the batch and the command line, none of which it
 * knows.
 */
package grader.course;
