package grader.probe.capture;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code System.out} a student's code prints to while it is graded.
 *
 * <p>Every call is handed to a {@link PrintStream} of the calling thread's own, whose bytes a {@link LineAssembler}
 * cuts into lines for the {@link Recorder}. This stream itself takes no lock, so a student's
 * {@code synchronized (System.out)} still works, and when a thread completes its first line the {@link FirstLineHold}
 * can hold it <em>after</em> the print returned, outside any lock of ours (holding a thread inside
 * {@code PrintStream.write} would stall every other printer and fake a sequential run).
 */
public final class LineCapture extends PrintStream {

    private final Recorder recorder;
    private final FirstLineHold hold;
    private final List<LineAssembler> assemblers = new ArrayList<>();
    private final ThreadLocal<Sink> sink = ThreadLocal.withInitial(this::newSink);

    private record Sink(PrintStream stream, LineAssembler assembler) {}

    /**
     * @param recorder where the lines go
     * @param hold what to do when a thread completes its first line ({@link FirstLineHold#NONE} to do nothing)
     */
    public LineCapture(Recorder recorder, FirstLineHold hold) {
        super(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        this.recorder = recorder;
        this.hold = hold;
    }

    private Sink newSink() {
        var assembler = new LineAssembler(recorder, Thread.currentThread());
        synchronized (assemblers) {
            assemblers.add(assembler);
        }
        return new Sink(new PrintStream(assembler, true, StandardCharsets.UTF_8), assembler);
    }

    /** Records every thread's unfinished last piece, if any; called when the grading of the call ends. */
    public void finish() {
        synchronized (assemblers) {
            assemblers.forEach(LineAssembler::finish);
        }
    }

    private PrintStream out() {
        return sink.get().stream();
    }

    /** Runs after each print, outside any lock: holds the thread if that print completed its first line. */
    private void after() {
        if (sink.get().assembler().takeFirstLineJustCompleted()) {
            hold.atFirstLine(Thread.currentThread());
        }
    }

    @Override public void flush() { out().flush(); }
    @Override public void close() { out().flush(); }
    @Override public boolean checkError() { return false; }
    @Override public void write(int b) { out().write(b); after(); }
    @Override public void write(byte[] b, int off, int len) { out().write(b, off, len); after(); }
    @Override public void write(byte[] b) { out().write(b, 0, b.length); after(); }
    @Override public void writeBytes(byte[] b) { out().write(b, 0, b.length); after(); }
    @Override public void print(boolean b) { out().print(b); after(); }
    @Override public void print(char c) { out().print(c); after(); }
    @Override public void print(int i) { out().print(i); after(); }
    @Override public void print(long l) { out().print(l); after(); }
    @Override public void print(float f) { out().print(f); after(); }
    @Override public void print(double d) { out().print(d); after(); }
    @Override public void print(char[] s) { out().print(s); after(); }
    @Override public void print(String s) { out().print(s); after(); }
    @Override public void print(Object obj) { out().print(obj); after(); }
    @Override public void println() { out().println(); after(); }
    @Override public void println(boolean x) { out().println(x); after(); }
    @Override public void println(char x) { out().println(x); after(); }
    @Override public void println(int x) { out().println(x); after(); }
    @Override public void println(long x) { out().println(x); after(); }
    @Override public void println(float x) { out().println(x); after(); }
    @Override public void println(double x) { out().println(x); after(); }
    @Override public void println(char[] x) { out().println(x); after(); }
    @Override public void println(String x) { out().println(x); after(); }
    @Override public void println(Object x) { out().println(x); after(); }

    @Override
    public PrintStream printf(String format, Object... args) {
        out().printf(format, args);
        after();
        return this;
    }

    @Override
    public PrintStream printf(Locale l, String format, Object... args) {
        out().printf(l, format, args);
        after();
        return this;
    }

    @Override
    public PrintStream format(String format, Object... args) {
        return printf(format, args);
    }

    @Override
    public PrintStream format(Locale l, String format, Object... args) {
        return printf(l, format, args);
    }

    @Override
    public PrintStream append(CharSequence csq) {
        out().append(csq);
        after();
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        out().append(csq, start, end);
        after();
        return this;
    }

    @Override
    public PrintStream append(char c) {
        out().append(c);
        after();
        return this;
    }
}
