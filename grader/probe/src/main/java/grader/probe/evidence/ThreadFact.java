package grader.probe.evidence;

import java.io.Serializable;

/**
 * A thread that printed during the call.
 *
 * @param id the thread's id
 * @param name its name
 * @param isCaller whether it is the thread that called the student's method
 * @param aliveAfterGrace whether it was still alive after the call returned and a short grace had passed
 */
public record ThreadFact(long id, String name, boolean isCaller, boolean aliveAfterGrace) implements Serializable {}
