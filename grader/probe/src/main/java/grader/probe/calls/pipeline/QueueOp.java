package grader.probe.calls.pipeline;

/** What a thread did to the grader's queue: the method it called, as the queue log names it. */
public enum QueueOp {
    PUT, OFFER, OFFER_TIMED, ADD, ADD_ALL,
    TAKE, POLL, POLL_TIMED, REMOVE, REMOVE_OBJECT, REMOVE_IF, DRAIN, CLEAR, ITERATOR_REMOVE,
    PEEK, ELEMENT, IS_EMPTY, SIZE, REMAINING_CAPACITY, CONTAINS, ITERATE, TO_ARRAY;

    /** Whether a successful call of it added {@link QueueEvent#value()} to the queue. */
    public boolean inserts() {
        return this == PUT || this == OFFER || this == OFFER_TIMED || this == ADD || this == ADD_ALL;
    }

    /** Whether a successful call of it took {@link QueueEvent#value()} out of the queue. */
    public boolean removes() {
        return switch (this) {
            case TAKE, POLL, POLL_TIMED, REMOVE, REMOVE_OBJECT, REMOVE_IF, DRAIN, CLEAR, ITERATOR_REMOVE -> true;
            default -> false;
        };
    }
}
