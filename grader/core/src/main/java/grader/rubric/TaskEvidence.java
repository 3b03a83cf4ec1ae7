package grader.rubric;

import grader.probe.evidence.CallEvidence;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything an assignment's checks may look at: what each planned call left behind, and the parameters of the
 * run.
 *
 * @param assignment the assignment's number
 * @param parameters the run's inputs and time scales
 * @param calls the evidence of each probe call, by key
 * @param programs each program run, by key
 */
public record TaskEvidence(int assignment, Parameters parameters, Map<String, CallEvidence> calls,
        Map<String, ProgramRun> programs) implements Serializable {

    public TaskEvidence {
        calls = new LinkedHashMap<>(calls);
        programs = new LinkedHashMap<>(programs);
    }

    public CallEvidence call(String key) {
        CallEvidence evidence = calls.get(key);
        if (evidence == null) {
            throw new IllegalStateException("no evidence for call " + key);
        }
        return evidence;
    }

    public ProgramRun program(String key) {
        ProgramRun run = programs.get(key);
        if (run == null) {
            throw new IllegalStateException("no evidence for program run " + key);
        }
        return run;
    }
}
