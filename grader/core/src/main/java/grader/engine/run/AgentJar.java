package grader.engine.run;

import grader.probe.agent.FailingWorkerAgent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes the jar that {@code -javaagent:} needs for {@link FailingWorkerAgent}: its class and a manifest. */
public final class AgentJar {

    private AgentJar() {}

    public static Path write(Path folder) throws IOException {
        Path jar = folder.resolve("failing-worker-agent.jar");
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", FailingWorkerAgent.class.getName());
        String entry = FailingWorkerAgent.class.getName().replace('.', '/') + ".class";
        Files.createDirectories(folder);
        try (OutputStream file = Files.newOutputStream(jar); var out = new JarOutputStream(file, manifest);
                InputStream bytes = FailingWorkerAgent.class.getClassLoader().getResourceAsStream(entry)) {
            if (bytes == null) {
                throw new IOException("cannot read " + entry);
            }
            out.putNextEntry(new JarEntry(entry));
            bytes.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
