package grader.probe.capture;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One thread's output, cut into lines at each {@code '\n'} (a {@code '\r'} before it is dropped).
 *
 * <p>Each thread has its own, so that {@code printf("%d^2 = %d%n", ...)}, which arrives in pieces, still makes one
 * line, and lines of two threads are never mixed.
 */
final class LineAssembler extends OutputStream {

    private final Recorder recorder;
    private final Thread owner;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int completed;
    private boolean firstLineJustCompleted;

    LineAssembler(Recorder recorder, Thread owner) {
        this.recorder = recorder;
        this.owner = owner;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (!recorder.admit(len)) {
            return;
        }
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                emit(true);
            } else {
                pending.write(b[i]);
            }
        }
    }

    /** Records what is left without a line separator, if anything (called once the thread is done). */
    void finish() {
        if (pending.size() > 0) {
            emit(false);
        }
    }

    /** Whether the last write completed this thread's first line; reading clears it. */
    boolean takeFirstLineJustCompleted() {
        boolean was = firstLineJustCompleted;
        firstLineJustCompleted = false;
        return was;
    }

    private void emit(boolean terminated) {
        String text = pending.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        pending.reset();
        completed = recorder.add(owner, text, terminated);
        firstLineJustCompleted |= completed == 1;
    }
}
