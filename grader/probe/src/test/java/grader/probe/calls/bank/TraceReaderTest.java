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
}
