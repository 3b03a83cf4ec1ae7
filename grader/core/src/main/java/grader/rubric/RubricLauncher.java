package grader.rubric;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import grader.report.CheckResult;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * List<CheckResult> results = new RubricLauncher().judge(Task.SQUARES, evidenceFolder);
 * }</pre>
 */
public final class RubricLauncher {

    private final Launcher launcher = LauncherFactory.create();

    public List<CheckResult> judge(Task task, Path evidenceFolder) {
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(task.rubric()))
                .configurationParameter(EvidenceStore.FOLDER_PARAMETER, evidenceFolder.toString())
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .build();
        var collector = new Collector();
        launcher.execute(request, collector);
        List<CheckResult> results = new ArrayList<>(collector.results);
        results.sort(Comparator.comparing(CheckResult::id));
        return results;
    }

    /** Collects one result per check; the Launcher calls it from its own thread, one event at a time. */
    private static final class Collector implements TestExecutionListener {
        private final List<CheckResult> results = new ArrayList<>();

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest() || !(test.getSource().orElse(null) instanceof MethodSource source)) {
                return;
            }
            Method method = source.getJavaMethod();
            Check check = RubricCatalog.of(method);
            if (check == null) {
                return;
            }
            boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            String feedback = passed ? "" : result.getThrowable().map(RubricLauncher::feedbackOf)
                    .orElse("This check did not pass.");
            results.add(new CheckResult(check.id(), check.value(), passed ? check.points() : 0, check.points(),
                    check.hidden(), feedback));
        }
    }

    /** An assertion's message is feedback; anything else is the grader's own fault, and says so. */
    private static String feedbackOf(Throwable t) {
        if (t instanceof AssertionError && t.getMessage() != null) {
            return t.getMessage();
        }
        return "The grader could not judge this check (" + t + "). Please report this to your instructor.";
    }
}
