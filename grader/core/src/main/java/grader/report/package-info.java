/** What a grading run produced, and its renderings: the student's text table and Gradescope's results.json. */
package grader.report;
