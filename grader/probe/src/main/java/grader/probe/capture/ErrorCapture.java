package grader.probe.capture;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the first few kilobytes of {@code System.err} (uncaught exceptions are printed there) and drops the rest. */
public final class ErrorCapture extends OutputStream {

    private final int keep;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    public ErrorCapture(int keep) {
        this.keep = keep;
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < keep) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.max(0, Math.min(len, keep - kept.size()));
        kept.write(b, off, room);
        dropped += len - room;
    }

    public synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8) + (dropped > 0 ? "\n... (" + dropped + " more bytes)" : "");
    }
}
