package grader.rubric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Gives a {@link Rubric} class's checks the {@link TaskEvidence} of its assignment, read once per run. */
public final class EvidenceResolver implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            EvidenceResolver.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TaskEvidence.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // one launch judges one assignment, whose rubric classes all read this file
        Path file = Path.of(context.getConfigurationParameter(EvidenceStore.FILE_PARAMETER)
                .orElseThrow(() -> new IllegalStateException(EvidenceStore.FILE_PARAMETER + " is not set")));
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(file, f -> {
            try {
                return EvidenceStore.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, TaskEvidence.class);
    }
}
