package homework.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * Task 7: a producer–consumer pipeline through one bounded queue.
 *
 * <p>{@link #run} starts one producer thread per batch, which puts that batch's items, in order, into
 * {@code queue}; the queue is bounded (the grader's may hold only two items), so a producer must block while it is
 * full ({@code put}). {@code consumers} consumer threads take items from {@code queue}, "process" each for
 * {@code workTime} ({@code Thread.sleep}) and print {@code consumed <item>} on one line. Every item passes through
 * {@code queue}. When every producer has finished, the consumers stop, for example on one "poison pill" per
 * consumer put into the same queue (items never start with {@code #}, so a pill may), and {@code run} returns,
 * after every producer and consumer thread has terminated, the processed items in any order. A pill is neither
 * processed nor returned.
 *
 * <p>Задание 7: конвейер «производитель — потребитель» через одну ограниченную очередь. {@link #run} запускает на
 * каждую пачку свой поток-производитель, который кладёт элементы пачки по порядку в {@code queue}; очередь
 * ограничена (у автопроверки в ней может поместиться всего два элемента), поэтому производитель должен
 * блокироваться, пока она заполнена ({@code put}). {@code consumers} потоков-потребителей берут элементы из
 * {@code queue}, «обрабатывают» каждый в течение {@code workTime} ({@code Thread.sleep}) и печатают
 * {@code consumed <item>} одной строкой. Каждый элемент проходит через {@code queue}. Когда все производители
 * закончили, потребители останавливаются, например по одной «отравленной пилюле» на потребителя, положенной в ту
 * же очередь (элементы никогда не начинаются с {@code #}, так что пилюля может), и {@code run} после завершения
 * всех потоков производителей и потребителей возвращает обработанные элементы в любом порядке. Пилюля не
 * обрабатывается и не возвращается.
 *
 * <pre>{@code
 * var queue = new ArrayBlockingQueue<String>(2);
 * List<String> done = Pipeline.run(List.of(List.of("a1", "a2"), List.of("b1")), queue, 2, Duration.ofSeconds(1));
 * // prints consumed a1, consumed b1, consumed a2 (in some order) from two consumer threads, in about 2 seconds
 * }</pre>
 */
public final class Pipeline {

    private Pipeline() {}

    /**
     * Runs the pipeline and returns once every producer and consumer thread has terminated.
     *
     * <p>Запускает конвейер и возвращает результат, когда все потоки производителей и потребителей завершились.
     *
     * @param batches the batches, one producer per batch; none or only empty ones give an empty list at once
     * @param queue the only channel between producers and consumers, bounded, FIFO
     * @param consumers how many consumer threads, at least 1
     * @param workTime how long processing one item takes
     * @return every processed item once, in any order
     * @throws IllegalArgumentException if {@code consumers < 1}, before any thread starts
     * @throws NullPointerException if an argument is null
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static List<String> run(List<List<String>> batches, BlockingQueue<String> queue, int consumers,
            Duration workTime) throws InterruptedException {
        throw new UnsupportedOperationException("TODO");
    }

    /** The original example: two batches, two consumers, one second per item. */
    public static void main(String[] args) throws InterruptedException {
        List<String> done = run(List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2")),
                new java.util.concurrent.ArrayBlockingQueue<>(2), 2, Duration.ofSeconds(1));
        System.out.println("processed: " + done);
    }
}
