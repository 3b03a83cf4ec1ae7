package grader.rubric;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import grader.report.CheckResult;
import grader.text.Localized;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a task's rubric through the JUnit Platform Launcher on the evidence gathered for it, and turns each
 * check's outcome into a {@link CheckResult}: the points if it passed, the assertion's message as feedback if not.
 *
 * <pre>{@code
 * List<CheckResult> results = new RubricLauncher().judge(new SquaresAssignment(), evidenceFolder);
 * }</pre>
 */
public final class RubricLauncher {

    private final Launcher launcher = LauncherFactory.create();

    /**
     * Discovers every rubric once, so that the launcher's and Jupiter's classes are loaded and compiled before
     * the first real judgement: half a second of CPU that the grader can spend while only the compiler runs,
     * rather than amid task 4's burst of child JVMs.
     */
    public void warmUp(List<Assignment> assignments) {
        launcher.discover(request(assignments.stream().flatMap(t -> t.rubricClasses().stream()).toList()).build());
    }

    /** A request for these rubric classes' checks, with no extension the class path might bring in. */
    private static LauncherDiscoveryRequestBuilder request(List<Class<?>> rubricClasses) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(rubricClasses.stream().map(c -> selectClass(c)).toList())
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false");
    }

    public List<CheckResult> judge(Assignment task, Path evidenceFolder) {
        var request = request(task.rubricClasses())
                .configurationParameter(EvidenceStore.FILE_PARAMETER,
                        EvidenceStore.fileOf(evidenceFolder, task.number()).toString())
                .build();
        var collector = new Collector();
        launcher.execute(request, collector);
        // A row passes when all its parts (its check and any hidden parts) passed; the first failure speaks.
        List<CheckResult> results = new ArrayList<>();
        for (RubricRow row : RubricCatalog.rows(task)) {
            List<Localized> failures = collector.failures.getOrDefault(row.id(), List.of());
            boolean passed = collector.judged.contains(row.id()) && failures.isEmpty();
            Localized feedback = passed ? Localized.NONE
                    : failures.isEmpty() ? Localized.of("rubric.common.not-run") : failures.get(0);
            results.add(new CheckResult(row.id(), row.text(), passed ? row.points() : 0, row.points(), row.hidden(),
                    feedback));
        }
        return results;
    }

    /** Collects each row's failures; the Launcher calls it from its own thread, one event at a time. */
    private static final class Collector implements TestExecutionListener {
        private final Set<String> judged = new HashSet<>();
        private final Map<String, List<Localized>> failures = new TreeMap<>();

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest() || !(test.getSource().orElse(null) instanceof MethodSource source)) {
                return;
            }
            Method method = source.getJavaMethod();
            String row = RubricCatalog.rowOf(method);
            if (row == null) {
                return;
            }
            judged.add(row);
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                List<Localized> rowFailures = failures.computeIfAbsent(row, r -> new ArrayList<>());
                Localized feedback = result.getThrowable().map(RubricLauncher::feedbackOf)
                        .orElse(Localized.of("rubric.common.did-not-pass"));
                // the visible part's feedback comes first: it is what the student can reproduce locally
                if (method.isAnnotationPresent(HiddenPart.class)) {
                    rowFailures.add(feedback);
                } else {
                    rowFailures.add(0, feedback);
                }
            }
        }
    }

    /**
     * A rubric's failure carries its feedback in every language; a plain assertion's message (AssertJ's, JUnit's) is
     * shown as it is; anything else is the grader's own fault, and says so.
     */
    private static Localized feedbackOf(Throwable t) {
        if (t instanceof RubricFailure failure) {
            return failure.feedback();
        }
        if (t instanceof AssertionError && t.getMessage() != null) {
            return Localized.verbatim(t.getMessage());
        }
        return Localized.of("rubric.common.grader-fault", "error", t.toString());
    }
}
