package grader.rubric;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Outcome;
import grader.probe.evidence.PrintedLine;
import grader.probe.evidence.ReturnedValue;
import grader.probe.evidence.ThreadFact;
import grader.probe.evidence.Witness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made evidence for testing checks: a call, the lines it printed, its witnesses. */
public final class Fixtures {

    public static final long CALLER = 1;

    private Fixtures() {}

    /** A call that returned at {@code returnedAtMillis}, builds up its lines. */
    public static final class Call {
        private final String name;
        private final long returnedAtMillis;
        private final List<PrintedLine> lines = new ArrayList<>();
        private final List<Witness> witnesses = new ArrayList<>();
        private ReturnedValue returned;
        private long latenessNanos = -1;

        public Call(String name, long returnedAtMillis) {
            this.name = name;
            this.returnedAtMillis = returnedAtMillis;
        }

        public Call line(long thread, double atMillis, String text) {
            lines.add(new PrintedLine(lines.size(), thread, thread == CALLER ? "main" : "Thread-" + thread,
                    (long) (atMillis * 1_000_000), text, true));
            return this;
        }

        public Call witness(long held, Long... alive) {
            witnesses.add(new Witness(held, List.of(alive), false));
            return this;
        }

        /** The worst wake-up lateness the call's canary saw. */
        public Call lateness(long millis) {
            this.latenessNanos = millis * 1_000_000;
            return this;
        }

        public Call returned(ReturnedValue value) {
            this.returned = value;
            return this;
        }

        public CallEvidence build() {
            List<ThreadFact> printers = lines.stream().map(PrintedLine::threadId).distinct()
                    .map(t -> new ThreadFact(t, t == CALLER ? "main" : "Thread-" + t, t == CALLER, false)).toList();
            return new CallEvidence(name, Outcome.RETURNED, returnedAtMillis * 1_000_000, null, CALLER, lines,
                    printers, witnesses, returned, null, "", "", latenessNanos);
        }
    }

    public static TaskEvidence evidence(int task, Parameters parameters, Map<String, CallEvidence> calls) {
        return new TaskEvidence(task, parameters, new LinkedHashMap<>(calls), Map.of());
    }
}
