package homework.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;

/** {@code Producer} and {@code Consumer} subclasses of {@code Thread}; each consumer keeps its own list. */
public final class Pipeline {

    private static final String END = "#end";

    private Pipeline() {}

    static final class Producer extends Thread {
        private final List<String> batch;
        private final BlockingQueue<String> queue;

        Producer(int number, List<String> batch, BlockingQueue<String> queue) {
            super("producer-" + number);
            this.batch = batch;
            this.queue = queue;
        }

        @Override
        public void run() {
            try {
                for (String item : batch) {
                    queue.put(item);
                }
            } catch (InterruptedException e) {
                interrupt();
            }
        }
    }

    static final class Consumer extends Thread {
        private final BlockingQueue<String> queue;
        private final long workMillis;
        private final List<String> mine = new ArrayList<>();

        Consumer(int number, BlockingQueue<String> queue, long workMillis) {
            super("consumer-" + number);
            this.queue = queue;
            this.workMillis = workMillis;
        }

        @Override
        public void run() {
            try {
                String item;
                while (!(item = queue.take()).equals(END)) {
                    Thread.sleep(workMillis);
                    System.out.printf("consumed %s%n", item);
                    mine.add(item);
                }
            } catch (InterruptedException e) {
                interrupt();
            }
        }

        /** Read only after {@code join()}, which makes the list's contents visible. */
        List<String> processed() {
            return mine;
        }
    }

    public static List<String> run(List<List<String>> batches, BlockingQueue<String> queue, int consumers,
            Duration workTime) throws InterruptedException {
        Objects.requireNonNull(batches);
        Objects.requireNonNull(queue);
        Objects.requireNonNull(workTime);
        if (consumers < 1) {
            throw new IllegalArgumentException("at least one consumer");
        }
        List<Consumer> consumerThreads = new ArrayList<>();
        for (int i = 1; i <= consumers; i++) {
            consumerThreads.add(new Consumer(i, queue, workTime.toMillis()));
        }
        List<Producer> producers = new ArrayList<>();
        for (List<String> batch : batches) {
            if (!batch.isEmpty()) {
                producers.add(new Producer(producers.size() + 1, batch, queue));
            }
        }
        producers.forEach(Thread::start);
        consumerThreads.forEach(Thread::start);
        for (Producer p : producers) {
            p.join();
        }
        for (int i = 0; i < consumers; i++) {
            queue.put(END);
        }
        List<String> all = new ArrayList<>();
        for (Consumer c : consumerThreads) {
            c.join();
            all.addAll(c.processed());
        }
        return all;
    }
}
