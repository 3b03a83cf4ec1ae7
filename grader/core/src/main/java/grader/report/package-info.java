/**
 * What a grading run produced, and its renderings: the student's text table ({@link grader.report.TextReport}),
 * Gradescope's results.json ({@link grader.report.GradescopeResults}), the instructor's class report
 * ({@link grader.report.ClassReport}), and for GitHub Actions a job summary ({@link grader.report.GitHubSummary}),
 * the GitHub Classroom result ({@link grader.report.ClassroomResult}) and JUnit XML ({@link grader.report.JUnitXml}).
 */
package grader.report;
