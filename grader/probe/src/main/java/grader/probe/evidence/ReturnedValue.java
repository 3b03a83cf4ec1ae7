package grader.probe.evidence;

import java.io.Serializable;

/**
 * What a call returned, copied into plain JDK types (the grader cannot load the student's classes): each
 * assignment's probe call has its own record of this type, in its own package.
 */
public interface ReturnedValue extends Serializable {}
