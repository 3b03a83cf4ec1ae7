package grader.engine.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a process's output stream on a thread of its own, keeping the first {@code keep} bytes and dropping the
 * rest, so that a program printing a gigabyte neither blocks on a full pipe nor fills the grader's memory.
 */
final class BoundedOutput {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final Thread drainer;
    private long total;

    BoundedOutput(InputStream in, int keep, String name) {
        drainer = new Thread(() -> drain(in, keep), name);
        drainer.setDaemon(true);
        drainer.start();
    }

    private void drain(InputStream in, int keep) {
        byte[] buffer = new byte[64 * 1024];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (this) {
                    int room = (int) Math.max(0, Math.min(n, keep - kept.size()));
                    kept.write(buffer, 0, room);
                    total += n;
                }
            }
        } catch (IOException e) {
            // the process was killed: what was read so far stands
        }
    }

    /** Waits a moment for the stream to end, then returns what was kept. */
    String text(long waitMillis) throws InterruptedException {
        drainer.join(waitMillis);
        synchronized (this) {
            String text = kept.toString(StandardCharsets.UTF_8);
            return total > kept.size() ? text + "\n... (" + (total - kept.size()) + " more bytes dropped)" : text;
        }
    }
}
