/**
 * What one call of a student's method left behind, sent from the student's JVM to the grader.
 *
 * <p>These records are the whole interface between the two JVMs: the probe fills them in, {@link
 * grader.probe.evidence.EvidenceCodec} carries them across, and the rubric judges them. They hold facts only
 * (who printed what and when, which threads and processes lived when), never verdicts: verdicts are computed in
 * the grader's own JVM, out of the student's reach.
 */
package grader.probe.evidence;
