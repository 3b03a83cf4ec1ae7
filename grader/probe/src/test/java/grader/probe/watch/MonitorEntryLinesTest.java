package grader.probe.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reads this class's own bytecode: {@link #nested} has two {@code synchronized} blocks on adjacent lines. */
class MonitorEntryLinesTest {

    private static final Object OUTER = new Object();
    private static final Object INNER = new Object();
    private static int count;

    private final MonitorEntryLines lines = new MonitorEntryLines(MonitorEntryLinesTest.class.getClassLoader());

    @Test
    void theFirstLineOfABlocksBodyIsTheSynchronizedAboveIt() {
        int outer = nested();
        assertThat(lines.lineOf(frame("nested", outer + 2))).isEqualTo(outer + 1);
    }

    /** What a compiled frame reports; also an interpreted one blocked on the outer block (it cannot be told apart). */
    @Test
    void aLineThatEntersAMonitorItselfStands() {
        int outer = nested();
        assertThat(lines.lineOf(frame("nested", outer))).isEqualTo(outer);
        assertThat(lines.lineOf(frame("nested", outer + 1))).isEqualTo(outer + 1);
    }

    @Test
    void aLineWithoutMonitorsAndAnUnknownClassStand() {
        int outer = nested();
        assertThat(lines.lineOf(frame("nested", outer - 1))).isEqualTo(outer - 1);
        assertThat(lines.lineOf(new StackTraceElement("no.such.Type", "m", "Type.java", 12))).isEqualTo(12);
    }

    private static StackTraceElement frame(String method, int line) {
        return new StackTraceElement(MonitorEntryLinesTest.class.getName(), method, "MonitorEntryLinesTest.java",
                line);
    }

    /** @return the line of the outer {@code synchronized} */
    private static int nested() {
        int outer = StackWalker.getInstance().walk(s -> s.findFirst()).orElseThrow().getLineNumber() + 1;
        synchronized (OUTER) {
            synchronized (INNER) {
                count++;
            }
        }
        return outer;
    }
}
