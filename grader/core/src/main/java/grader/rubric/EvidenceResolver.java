package grader.rubric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Gives a {@link Rubric} class's checks the {@link TaskEvidence} of its task, read once per run. */
public final class EvidenceResolver implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            EvidenceResolver.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TaskEvidence.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Task task = Task.ofRubric(context.getRequiredTestClass());
        Path folder = Path.of(context.getConfigurationParameter(EvidenceStore.FOLDER_PARAMETER)
                .orElseThrow(() -> new IllegalStateException(EvidenceStore.FOLDER_PARAMETER + " is not set")));
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(task, t -> {
            try {
                return EvidenceStore.read(folder, task);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, TaskEvidence.class);
    }
}
