package grader.probe.calls.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The bounded FIFO queue the grader hands to {@code Pipeline.run}: it behaves as an {@link ArrayBlockingQueue} of
 * the same capacity and records every call of every method a student could use, who made it (thread id and name),
 * when (it began and took effect), in one global order, with the element and whether it succeeded.
 *
 * <pre>{@code
 * var queue = new RecordingQueue(2, Set.of("a1", "a2", "b1"), new FirstTakes(2, timeout), null);
 * Pipeline.run(batches, queue, 2, workTime);
 * queue.events();   // PUT a1 by Thread-0, TAKE a1 by Thread-2, ...
 * }</pre>
 *
 * <p>One lock guards the elements, the log and the holds, so the log's order is the order in which the calls took
 * effect, and a hold can look at the queue and wait without a race. Waits ({@code put} of a full queue, {@code take}
 * of an empty one) release the lock, as {@link ArrayBlockingQueue}'s do. The elements live in an
 * {@link ArrayBlockingQueue} only touched under that lock, for its capacity and its order.
 *
 * <p>Two holds make a wrong pipeline fail the same way every time (see {@link FirstTakes} and {@link HeldPut}):
 * the first takes wait for {@code consumers} takers, and one put waits until the queue has run dry.
 */
public final class RecordingQueue implements BlockingQueue<String> {

    /** Elements moved in or out that the log keeps: far more than a correct run's items and pills. */
    static final int MAX_MOVES = 20_000;

    /** Other calls (looks, polls that found nothing) the log keeps: a spinning consumer makes millions. */
    static final int MAX_OTHERS = 2_000;

    private final ArrayBlockingQueue<String> store;
    private final Set<String> items;
    private final FirstTakes firstTakes;
    private final HeldPut heldPut;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<QueueEvent> events = new ArrayList<>();
    private final Map<Long, Thread> threads = new LinkedHashMap<>();
    private final java.util.HashSet<String> put = new java.util.HashSet<>();
    private final State state = new State();
    private int moves;
    private int others;
    private int dropped;
    private int waitingTakers;

    /**
     * @param capacity how many elements it holds at most
     * @param items every item of every batch (to know when all are in)
     * @param firstTakes the hold of the first takes ({@link FirstTakes#none()} for none)
     * @param heldPut the put to hold back, or null
     */
    public RecordingQueue(int capacity, Set<String> items, FirstTakes firstTakes, HeldPut heldPut) {
        this.store = new ArrayBlockingQueue<>(capacity);
        this.items = Set.copyOf(items);
        this.firstTakes = firstTakes;
        this.heldPut = heldPut;
    }

    // ---- what the grader reads afterwards

    /** Every call recorded so far, times counted from {@code originNanos} (a {@code System.nanoTime()}). */
    public List<QueueEvent> events(long originNanos) {
        lock.lock();
        try {
            return events.stream().map(e -> e.since(originNanos)).toList();
        } finally {
            lock.unlock();
        }
    }

    /** How many calls the log left out (past {@link #MAX_MOVES} or {@link #MAX_OTHERS}). */
    public int dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** Every thread that called a method of the queue, in the order of its first call. */
    public List<Thread> threads() {
        lock.lock();
        try {
            return List.copyOf(threads.values());
        } finally {
            lock.unlock();
        }
    }

    public FirstTakesFact firstTakes(long originNanos) {
        lock.lock();
        try {
            return firstTakes.fact().since(originNanos);
        } finally {
            lock.unlock();
        }
    }

    /** The held put, or null if none was held. */
    public HeldPutFact heldPut(long originNanos) {
        lock.lock();
        try {
            return heldPut == null || heldPut.fact() == null ? null : heldPut.fact().since(originNanos);
        } finally {
            lock.unlock();
        }
    }

    // ---- inserting

    @Override
    public void put(String e) throws InterruptedException {
        Objects.requireNonNull(e);
        long start = System.nanoTime();
        enterInterruptibly();
        try {
            holdPut(e);
            while (store.remainingCapacity() == 0) {
                changed.await();
            }
            insert(QueueOp.PUT, start, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean offer(String e) {
        return offerUninterruptibly(QueueOp.OFFER, e);
    }

    @Override
    public boolean offer(String e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long start = System.nanoTime();
        enterInterruptibly();
        try {
            holdPut(e);
            long left = unit.toNanos(timeout);
            while (store.remainingCapacity() == 0) {
                if (left <= 0) {
                    record(QueueOp.OFFER_TIMED, start, e, false);
                    return false;
                }
                left = changed.awaitNanos(left);
            }
            insert(QueueOp.OFFER_TIMED, start, e);
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean add(String e) {
        if (!offerUninterruptibly(QueueOp.ADD, e)) {
            throw new IllegalStateException("Queue full");
        }
        return true;
    }

    @Override
    public boolean addAll(Collection<? extends String> c) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        boolean modified = false;
        for (String e : c) {
            if (!offerUninterruptibly(QueueOp.ADD_ALL, e)) {
                throw new IllegalStateException("Queue full");
            }
            modified = true;
        }
        return modified;
    }

    /** A non-blocking insertion: held like a put if it is the held item, then done if there is room. */
    private boolean offerUninterruptibly(QueueOp op, String e) {
        Objects.requireNonNull(e);
        long start = System.nanoTime();
        enter();
        try {
            uninterruptibly(() -> holdPut(e));
            if (store.remainingCapacity() == 0) {
                record(op, start, e, false);
                return false;
            }
            insert(op, start, e);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void holdPut(String e) throws InterruptedException {
        if (heldPut != null) {
            heldPut.hold(e, Thread.currentThread(), changed, state);
        }
    }

    private void insert(QueueOp op, long start, String e) {
        store.add(e);
        put.add(e);
        record(op, start, e, true);
        changed.signalAll();
    }

    // ---- taking

    @Override
    public String take() throws InterruptedException {
        long start = System.nanoTime();
        enterInterruptibly();
        try {
            firstTakes.hold(Thread.currentThread(), changed, state);
            waitingTakers++;
            changed.signalAll();
            try {
                while (store.isEmpty()) {
                    changed.await();
                }
            } finally {
                waitingTakers--;
            }
            return removeHead(QueueOp.TAKE, start);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String poll(long timeout, TimeUnit unit) throws InterruptedException {
        long start = System.nanoTime();
        enterInterruptibly();
        try {
            firstTakes.hold(Thread.currentThread(), changed, state);
            long left = unit.toNanos(timeout);
            waitingTakers++;
            changed.signalAll();
            try {
                while (store.isEmpty() && left > 0) {
                    left = changed.awaitNanos(left);
                }
            } finally {
                waitingTakers--;
            }
            if (store.isEmpty()) {
                record(QueueOp.POLL_TIMED, start, null, false);
                return null;
            }
            return removeHead(QueueOp.POLL_TIMED, start);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String poll() {
        long start = System.nanoTime();
        enter();
        try {
            holdFirstTake();
            if (store.isEmpty()) {
                record(QueueOp.POLL, start, null, false);
                return null;
            }
            return removeHead(QueueOp.POLL, start);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String remove() {
        long start = System.nanoTime();
        enter();
        try {
            holdFirstTake();
            if (store.isEmpty()) {
                record(QueueOp.REMOVE, start, null, false);
                throw new NoSuchElementException();
            }
            return removeHead(QueueOp.REMOVE, start);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean remove(Object o) {
        long start = System.nanoTime();
        enter();
        try {
            holdFirstTake();
            boolean removed = o != null && store.remove(o);
            record(QueueOp.REMOVE_OBJECT, start, o instanceof String s ? s : null, removed);
            if (removed) {
                changed.signalAll();
            }
            return removed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int drainTo(Collection<? super String> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super String> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        long start = System.nanoTime();
        enter();
        try {
            holdFirstTake();
            int n = 0;
            while (n < maxElements && !store.isEmpty()) {
                c.add(store.peek()); // as ArrayBlockingQueue: an element the collection refused stays queued
                removeHead(QueueOp.DRAIN, start);
                n++;
            }
            if (n == 0) {
                record(QueueOp.DRAIN, start, null, false);
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean removeIf(Predicate<? super String> filter) {
        Objects.requireNonNull(filter);
        return removeMatching(QueueOp.REMOVE_IF, filter);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeMatching(QueueOp.REMOVE_IF, c::contains);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeMatching(QueueOp.REMOVE_IF, e -> !c.contains(e));
    }

    @Override
    public void clear() {
        removeMatching(QueueOp.CLEAR, e -> true);
    }

    private boolean removeMatching(QueueOp op, Predicate<? super String> filter) {
        long start = System.nanoTime();
        enter();
        try {
            holdFirstTake();
            boolean any = false;
            for (String e : store.toArray(new String[0])) {
                if (filter.test(e)) {
                    removeOne(e);
                    record(op, start, e, true);
                    any = true;
                }
            }
            if (any) {
                changed.signalAll();
            } else {
                record(op, start, null, false);
            }
            return any;
        } finally {
            lock.unlock();
        }
    }

    /** Removes exactly this element (by identity: items are distinct, but a student's pills may be equal). */
    private void removeOne(String e) {
        store.removeIf(new Predicate<>() {
            private boolean done;

            @Override
            public boolean test(String x) {
                if (!done && x == e) {
                    done = true;
                    return true;
                }
                return false;
            }
        });
    }

    private String removeHead(QueueOp op, long start) {
        String e = store.poll();
        record(op, start, e, true);
        changed.signalAll();
        return e;
    }

    /** The first-takes hold for a method that cannot be interrupted. */
    private void holdFirstTake() {
        uninterruptibly(() -> firstTakes.hold(Thread.currentThread(), changed, state));
    }

    // ---- looking

    @Override
    public String peek() {
        long start = System.nanoTime();
        enter();
        try {
            holdFirstTake();
            String head = store.peek();
            record(QueueOp.PEEK, start, head, false);
            return head;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String element() {
        long start = System.nanoTime();
        enter();
        try {
            holdFirstTake();
            String head = store.peek();
            record(QueueOp.ELEMENT, start, head, false);
            if (head == null) {
                throw new NoSuchElementException();
            }
            return head;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isEmpty() {
        long start = System.nanoTime();
        enter();
        try {
            holdFirstTake();
            record(QueueOp.IS_EMPTY, start, null, false);
            return store.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        return look(QueueOp.SIZE, store::size);
    }

    @Override
    public int remainingCapacity() {
        return look(QueueOp.REMAINING_CAPACITY, store::remainingCapacity);
    }

    @Override
    public boolean contains(Object o) {
        return look(QueueOp.CONTAINS, () -> store.contains(o));
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return look(QueueOp.CONTAINS, () -> store.containsAll(c));
    }

    @Override
    public Object[] toArray() {
        return snapshot(QueueOp.TO_ARRAY);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Object[] snapshot = snapshot(QueueOp.TO_ARRAY);
        if (a.length < snapshot.length) {
            a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), snapshot.length);
        }
        System.arraycopy(snapshot, 0, a, 0, snapshot.length);
        if (a.length > snapshot.length) {
            a[snapshot.length] = null;
        }
        return a;
    }

    @Override
    public <T> T[] toArray(IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

    /**
     * Iterates over the elements queued when it was made, in order (as weakly consistent as
     * {@link ArrayBlockingQueue}'s); its {@code remove()} takes that element out of the queue, if still there.
     */
    @Override
    public Iterator<String> iterator() {
        Object[] snapshot = snapshot(QueueOp.ITERATE);
        return new Iterator<>() {
            private int next;
            private String last;

            @Override
            public boolean hasNext() {
                return next < snapshot.length;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                last = (String) snapshot[next++];
                return last;
            }

            @Override
            public void remove() {
                if (last == null) {
                    throw new IllegalStateException();
                }
                removeByIterator(last);
                last = null;
            }
        };
    }

    private void removeByIterator(String e) {
        long start = System.nanoTime();
        enter();
        try {
            boolean present = store.stream().anyMatch(x -> x == e);
            if (present) {
                removeOne(e);
                changed.signalAll();
            }
            record(QueueOp.ITERATOR_REMOVE, start, e, present);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Spliterator<String> spliterator() {
        Object[] snapshot = snapshot(QueueOp.ITERATE);
        return Spliterators.spliterator(snapshot, Spliterator.ORDERED | Spliterator.NONNULL);
    }

    @Override
    public Stream<String> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    @Override
    public Stream<String> parallelStream() {
        return StreamSupport.stream(spliterator(), true);
    }

    @Override
    public void forEach(Consumer<? super String> action) {
        Objects.requireNonNull(action);
        for (Object e : snapshot(QueueOp.ITERATE)) {
            action.accept((String) e);
        }
    }

    /** Identity, as {@link ArrayBlockingQueue}'s. */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return Arrays.toString(snapshot(QueueOp.TO_ARRAY));
    }

    private Object[] snapshot(QueueOp op) {
        long start = System.nanoTime();
        enter();
        try {
            record(op, start, null, false);
            return store.toArray();
        } finally {
            lock.unlock();
        }
    }

    private <T> T look(QueueOp op, java.util.function.Supplier<T> what) {
        long start = System.nanoTime();
        enter();
        try {
            record(op, start, null, false);
            return what.get();
        } finally {
            lock.unlock();
        }
    }

    // ---- the log

    /** Takes the lock for a call of the student's, and remembers the thread (it may wait forever). */
    private void enter() {
        lock.lock();
        register();
    }

    private void enterInterruptibly() throws InterruptedException {
        lock.lockInterruptibly();
        register();
    }

    private void register() {
        Thread self = Thread.currentThread();
        threads.putIfAbsent(self.getId(), self);
    }

    /** Records a call; under the lock. */
    private void record(QueueOp op, long start, String value, boolean succeeded) {
        Thread self = Thread.currentThread();
        boolean move = succeeded && (op.inserts() || op.removes());
        if (move ? moves++ >= MAX_MOVES : others++ >= MAX_OTHERS) {
            dropped++;
            return;
        }
        events.add(new QueueEvent(events.size(), op, self.getId(), self.getName(), start, System.nanoTime(), value,
                succeeded));
    }

    /** Runs a hold in a method that cannot throw {@link InterruptedException}: an interrupt ends the hold. */
    private static void uninterruptibly(Hold hold) {
        try {
            hold.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface Hold {
        void run() throws InterruptedException;
    }

    /** The queue as its holds see it, under its lock. */
    private final class State implements QueueState {
        @Override
        public boolean isEmpty() {
            return store.isEmpty();
        }

        @Override
        public boolean allItemsPut() {
            return put.containsAll(items);
        }

        @Override
        public boolean allPut(Set<String> some) {
            return put.containsAll(some);
        }

        @Override
        public int waitingTakers() {
            return waitingTakers;
        }
    }
}
