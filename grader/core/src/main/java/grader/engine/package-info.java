/**
 * The engine: reads a submission, compiles each task, runs every planned call in a fresh student JVM, and hands
 * the evidence to the rubric. Nothing here decides a score; {@code grader.rubric} does.
 *
 * <p>Not for course staff to change: a course changes the rubric, not the engine.
 */
package grader.engine;
