package grader.probe.evidence;

import java.io.Serializable;

/**
 * One line the student's code printed on {@code System.out}.
 *
 * @param seq the line's place in the order all lines were completed, from 0
 * @param threadId the id of the thread that printed it
 * @param threadName that thread's name when it completed the line
 * @param atNanos when its line separator was written, in nanoseconds since the call started
 * @param text the line without its separator
 * @param terminated false for the last, unfinished piece a thread printed without a line separator
 */
public record PrintedLine(long seq, long threadId, String threadName, long atNanos, String text, boolean terminated)
        implements Serializable {}
