package grader.rubric;

import grader.probe.calls.CallArguments;
import grader.probe.calls.CallOptions;
import grader.probe.evidence.CallEvidence;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** One run of student code that an assignment's checks need. */
public sealed interface PlannedCall {

    /** The name the checks look it up by. */
    String key();

    /** How long it may run: at least 20 times what a correct solution needs. */
    Duration limit();

    /**
     * Whether its checks measure time: such calls run after the others, apart from the burst of child JVMs of task
     * 4, so that a loaded machine delays them as little as possible.
     */
    default boolean measuresTime() {
        return false;
    }

    /**
     * A call of the student's method through the probe.
     *
     * @param arguments what to call, with its typed inputs
     * @param options how the probe observes it (its time-out is {@code limit})
     * @param failingChildAgent options for the failure-injection agent given to every child JVM, or null: only
     *     the failure-injection call may inject anything into children
     * @param toleratedLateness for a call whose checks measure time, how late threads may wake up before the
     *     measurement says more about the machine than about the code (the call is then made again); null for a
     *     call whose checks do not measure time
     * @param recheck how to make the call again when its evidence may be incomplete, or null
     */
    record ProbeCall(String key, String describe, CallArguments arguments, CallOptions options, Duration limit,
            String failingChildAgent, Duration toleratedLateness, Recheck recheck) implements PlannedCall {

        public ProbeCall(String key, String describe, CallArguments arguments, CallOptions options, Duration limit,
                String failingChildAgent, Duration toleratedLateness) {
            this(key, describe, arguments, options, limit, failingChildAgent, toleratedLateness, null);
        }

        /** An untimed call with nothing injected into its children. */
        public ProbeCall(String key, String describe, CallArguments arguments, CallOptions options, Duration limit) {
            this(key, describe, arguments, options, limit, null, null, null);
        }

        @Override
        public boolean measuresTime() {
            return toleratedLateness != null;
        }
    }

    /**
     * A call's second chance: evidence gathered cheaply may miss something on a loaded machine (a poll that
     * came too late); when {@code doubtful} says so, the call is made once more with the options {@code more}
     * makes, which make the probe record it in full, and that evidence is judged instead.
     */
    record Recheck(UnaryOperator<CallOptions> more, Predicate<CallEvidence> doubtful) {}

    /** A run of one of the student's programs on its own, as {@code java -cp ... mainClass args}. */
    record ProgramCall(String key, String mainClass, List<String> args, Duration limit) implements PlannedCall {
        public ProgramCall {
            args = List.copyOf(args);
        }
    }
}
