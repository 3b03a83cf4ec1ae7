package grader.engine.run;

/**
 * What one call of a student's program may take of the machine besides time, output and processes: the bytes and
 * the number of its files (its working folder and {@code /tmp} together, each file at most {@code fileBytes}), and
 * the memory of its JVM with every process it starts (heap, native memory, thread stacks, child JVMs, and the
 * pages of its files, which live in memory).
 *
 * <p>The defaults leave a correct task 4 (the probe and up to 20 child JVMs at once: at most 374 MiB measured in
 * its memory group, where pages the JVMs share count once) five times its need, while two slots of four calls
 * each stay within 16 GiB together; a correct solution writes no file but the JVMs' own few KiB.
 *
 * @param fileBytes the bytes of all the call's files together, and of any one file
 * @param files how many files and folders it may create
 * @param memoryBytes the memory of all its processes together
 */
public record CallCaps(long fileBytes, int files, long memoryBytes) {

    public CallCaps {
        if (fileBytes <= 0 || files <= 0 || memoryBytes <= 0) {
            throw new IllegalArgumentException("every cap must be positive: " + fileBytes + ", " + files + ", "
                    + memoryBytes);
        }
    }

    public static CallCaps defaults() {
        return new CallCaps(64L << 20, 4096, 2L << 30);
    }
}
