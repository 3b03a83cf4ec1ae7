package grader.rubric;

import java.io.Serializable;

/**
 * How one run of a program in a student JVM ended.
 *
 * @param exitCode its exit status ({@code -1} if it was killed)
 * @param timedOut whether it was killed for running past its time limit
 * @param stdout the start of its standard output
 * @param stderr the start of its standard error
 * @param millis how long it ran
 * @param overCap the cap it went past, as the grader measured it, or null
 */
public record ProgramRun(int exitCode, boolean timedOut, String stdout, String stderr, long millis,
        CapBreach overCap) implements Serializable {

    /** Its standard output's lines, trailing blanks stripped. */
    public java.util.List<String> stdoutLines() {
        return stdout.lines().map(String::stripTrailing).toList();
    }
}
