package homework.bank;

/**
 * Задание 6, часть 1: счётчик, которым пользуются сразу несколько потоков.
 * Task 6, part 1: a counter used by several threads at once.
 *
 * <p>{@link #increment()} увеличивает значение на 1, {@link #get()} возвращает его. Ни одно увеличение не должно
 * теряться при любом чередовании потоков: {@code count++} — это чтение и запись, и между ними может вклиниться
 * другой поток (состояние гонки). Защитите значение блокировкой или используйте атомарный тип.
 *
 * <p>{@link #increment()} adds 1, {@link #get()} returns the count. No increment may be lost under any interleaving
 * of threads: {@code count++} is a read and a write, and another thread can run in between (a race condition).
 * Guard the count with a lock or use an atomic type. Do not print, sleep or wait with a time-out.
 *
 * <pre>{@code
 * Counter c = new Counter();
 * Thread a = new Thread(c::increment), b = new Thread(c::increment);
 * a.start(); b.start(); a.join(); b.join();
 * c.get();   // 2, every time
 * }</pre>
 */
public class Counter {

    /** Новый счётчик со значением 0. A new counter at 0. */
    public Counter() {
    }

    /** Увеличивает значение на 1; безопасно из нескольких потоков. Adds 1; safe from several threads. */
    public void increment() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Текущее значение. The current count. */
    public long get() {
        throw new UnsupportedOperationException("TODO");
    }
}
