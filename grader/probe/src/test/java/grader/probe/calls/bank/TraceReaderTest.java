package grader.probe.calls.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the model checker's names for the student's objects become the names feedback shows. */
class TraceReaderTest {

    @Test
    void aFieldIsNamedByItsClassWithoutTheObjectNumber() {
        assertThat(TraceReader.subject("Counter#1", "count")).isEqualTo("Counter.count");
        assertThat(TraceReader.subject("homework.bank.Bank#2", "sum")).isEqualTo("Bank.sum");
    }

    @Test
    void anArrayElementKeepsItsIndexAndGetsTheJavaTypeName() {
        assertThat(TraceReader.subject("LongArray#1[2]", null)).isEqualTo("long[][2]");
        assertThat(TraceReader.subject("Array<Object>#2[0]", null)).isEqualTo("Object[][0]");
        assertThat(TraceReader.subject("Array<AtomicLong>#1[1]", null)).isEqualTo("AtomicLong[][1]");
    }

    @Test
    void aValueThatIsAnObjectIsNamedLikeAnOwner() {
        assertThat(TraceReader.owner("ReentrantLock#3")).isEqualTo("ReentrantLock");
        assertThat(TraceReader.owner("1000")).isEqualTo("1000");
    }

    @Test
    void aLockStepFollowedByAWaitIsAnAttemptThatWaits() {
        var events = java.util.List.of(
                new InterleavingEvent(1, EventKind.LOCKS, "synchronized", "", "Bank.java:45"),
                new InterleavingEvent(2, EventKind.LOCKS, "synchronized", "", "Bank.java:45"),
                new InterleavingEvent(2, EventKind.LOCKS, "synchronized", "", "Bank.java:46"),
                new InterleavingEvent(2, EventKind.WAITS_FOR_LOCK, "", "", ""),
                new InterleavingEvent(1, EventKind.LOCKS, "synchronized", "", "Bank.java:46"));

        assertThat(TraceReader.attempts(events, true)).extracting(InterleavingEvent::thread, InterleavingEvent::kind,
                InterleavingEvent::line).containsExactly(
                org.assertj.core.api.Assertions.tuple(1, EventKind.LOCKS, "Bank.java:45"),
                org.assertj.core.api.Assertions.tuple(2, EventKind.LOCKS, "Bank.java:45"),
                org.assertj.core.api.Assertions.tuple(2, EventKind.WAITS_FOR_LOCK, "Bank.java:46"),
                org.assertj.core.api.Assertions.tuple(1, EventKind.WAITS_FOR_LOCK, "Bank.java:46"));
        // without a hang, a thread's last lock step is a lock it got
        assertThat(TraceReader.attempts(events, false).get(3).kind()).isEqualTo(EventKind.LOCKS);
    }

    @Test
    void onlyNumbersAndBooleansAreData() {
        assertThat(TraceReader.isPlain("-12")).isTrue();
        assertThat(TraceReader.isPlain("true")).isTrue();
        assertThat(TraceReader.isPlain("Object#1")).isFalse();
        assertThat(TraceReader.isPlain("")).isFalse();
    }
}
