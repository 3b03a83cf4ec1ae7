package grader.probe.calls.pipeline;

/** What a hold of the grader's queue may ask the queue, under its lock. */
interface QueueState {

    boolean isEmpty();

    /** Whether every item of every batch has been put into the queue. */
    boolean allItemsPut();

    /** Whether every one of these items has been put into the queue. */
    boolean allPut(java.util.Set<String> items);

    /** How many threads are waiting in {@code take} or a timed {@code poll} for an element to arrive. */
    int waitingTakers();
}
