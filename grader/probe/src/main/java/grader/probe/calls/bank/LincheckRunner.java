package grader.probe.calls.bank;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionResult;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.kotlinx.lincheck.execution.ResultWithClock;
import org.jetbrains.kotlinx.lincheck.strategy.LincheckFailure;
import org.jetbrains.kotlinx.lincheck.util.ExceptionResult;
import org.jetbrains.kotlinx.lincheck.util.LincheckResult;
import org.jetbrains.kotlinx.lincheck.util.ValueResult;
import org.jetbrains.kotlinx.lincheck.util.VoidResult;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.verifier.EpsilonVerifier;

/**
 * Runs one row's scenarios under Lincheck's model checker, in this JVM, and reads a failure into our records.
 *
 * <p>Only the given scenarios run (no random ones: {@code iterations(0)}), each explored over at most
 * {@code invocations} interleavings; the model checker's choice of interleavings is its own systematic search, so a
 * race a scenario can show is found on every run. A failed scenario is not minimized, so the feedback shows the
 * scenario the plan chose.
 */
public final class LincheckRunner {

    private final int invocations;

    public LincheckRunner(int invocations) {
        this.invocations = invocations;
    }

    public RowVerdict run(ModelCheck check, List<BankScenario> scenarios) {
        String broken = constructs(check.operations());
        if (broken != null) {
            return new RowVerdict(check, scenarios.size(), null, broken, null);
        }
        ModelCheckingOptions options = new ModelCheckingOptions()
                .iterations(0)
                .invocationsPerIteration(invocations)
                .minimizeFailedScenario(false)
                .sequentialSpecification(check.sequential());
        if (!check.resultsMatter()) {
            options = options.verifier(EpsilonVerifier.class);
        }
        for (BankScenario scenario : scenarios) {
            options = options.addCustomScenario(lincheck(check.operations(), scenario));
        }
        try {
            options.check(check.operations());
            return new RowVerdict(check, scenarios.size(), null, null, null);
        } catch (LincheckAssertionError e) {
            return new RowVerdict(check, scenarios.size(), failure(e.getFailure$lincheck()), null, null);
        } catch (RuntimeException | Error e) {
            // the student's code cannot get here: what it throws is an operation's result
            return new RowVerdict(check, scenarios.size(), null, null, String.valueOf(e));
        }
    }

    /** Why a fresh operations object cannot be made (the student's constructor threw), or null. */
    private static String constructs(Class<?> operations) {
        try {
            operations.getConstructor().newInstance();
            return null;
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            return (operations == CounterOperations.class ? "new Counter()" : "new Bank(0, 0, 0)") + " threw "
                    + cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return "the class could not be used: " + e;
        }
    }

    static ExecutionScenario lincheck(Class<?> operations, BankScenario scenario) {
        List<List<Actor>> threads = new ArrayList<>();
        for (List<BankOp> thread : scenario.threads()) {
            threads.add(actors(operations, thread));
        }
        return new ExecutionScenario(actors(operations, scenario.init()), threads, actors(operations, scenario.post()),
                null);
    }

    private static List<Actor> actors(Class<?> operations, List<BankOp> ops) {
        List<Actor> actors = new ArrayList<>();
        for (BankOp op : ops) {
            actors.add(actor(operations, op));
        }
        return actors;
    }

    private static Actor actor(Class<?> operations, BankOp op) {
        for (Method method : operations.getMethods()) {
            if (method.getName().equals(op.name()) && method.getParameterCount() == op.args().size()) {
                List<Object> args = new ArrayList<>();
                Class<?>[] types = method.getParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    long arg = op.args().get(i);
                    args.add(types[i] == int.class ? (Object) Math.toIntExact(arg) : (Object) arg);
                }
                return new Actor(method, args);
            }
        }
        throw new IllegalArgumentException("no operation " + op.describe() + " in " + operations.getSimpleName());
    }

    static ScenarioFailure failure(LincheckFailure failure) {
        ExecutionScenario scenario = failure.getScenario();
        List<List<BankOp>> threads = new ArrayList<>();
        for (List<Actor> thread : scenario.getParallelExecution()) {
            threads.add(ops(thread));
        }
        BankScenario ours = new BankScenario(ops(scenario.getInitExecution()), threads,
                ops(scenario.getPostExecution()));
        ExecutionResult results = failure.getResults();
        List<List<OpResult>> threadResults = new ArrayList<>();
        List<OpResult> postResults = new ArrayList<>();
        if (results != null) {
            for (int t = 0; t < threads.size(); t++) {
                List<ResultWithClock> thread = t < results.getParallelResultsWithClock().size()
                        ? results.getParallelResultsWithClock().get(t) : List.of();
                List<OpResult> read = new ArrayList<>();
                for (int i = 0; i < threads.get(t).size(); i++) {
                    read.add(i < thread.size() && thread.get(i) != null ? result(thread.get(i).getResult())
                            : OpResult.hung());
                }
                threadResults.add(read);
            }
            List<LincheckResult> post = results.getPostResults();
            for (int i = 0; i < ours.post().size(); i++) {
                postResults.add(i < post.size() ? result(post.get(i)) : OpResult.hung());
            }
        }
        FailureKind kind = kind(failure);
        TraceReader.Read trace = TraceReader.read(failure.getTrace(),
                kind == FailureKind.DEADLOCK || kind == FailureKind.LIVELOCK || kind == FailureKind.TIMEOUT);
        return new ScenarioFailure(kind, ours, threadResults, postResults, trace.events(), trace.omitted());
    }

    private static List<BankOp> ops(List<Actor> actors) {
        List<BankOp> ops = new ArrayList<>();
        for (Actor actor : actors) {
            List<Long> args = new ArrayList<>();
            for (Object arg : actor.getArguments()) {
                args.add(((Number) arg).longValue());
            }
            ops.add(new BankOp(actor.getMethod().getName(), args));
        }
        return ops;
    }

    static OpResult result(LincheckResult result) {
        if (result == null) {
            return OpResult.hung();
        }
        if (result instanceof ValueResult value) {
            return OpResult.value(value.getValue());
        }
        if (result instanceof VoidResult) {
            return OpResult.ofVoid();
        }
        if (result instanceof ExceptionResult thrown) {
            return OpResult.threw(thrown.getThrowable());
        }
        return OpResult.hung();
    }

    static FailureKind kind(LincheckFailure failure) {
        return switch (failure.getClass().getSimpleName()) {
            case "IncorrectResultsFailure" -> FailureKind.WRONG_RESULTS;
            case "ManagedDeadlockFailure" -> FailureKind.DEADLOCK;
            case "ManagedLivelockFailure", "ObstructionFreedomViolationFailure" -> FailureKind.LIVELOCK;
            case "TimeoutFailure" -> FailureKind.TIMEOUT;
            default -> FailureKind.OTHER;
        };
    }
}
