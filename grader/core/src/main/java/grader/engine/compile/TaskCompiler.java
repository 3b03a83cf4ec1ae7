package grader.engine.compile;

import grader.engine.submission.SourceFile;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one task's files with the JDK's own compiler, in this JVM.
 *
 * <p>Java 17 is the language level; the API is that of the JDK that grades. Sources are handed over as already-decoded text (see {@code SourceDecoder}), so a Windows-1251 file compiles
 * like any other. Each task is compiled on its own: a task that does not compile costs only that task.
 */
public final class TaskCompiler {

    private final JavaCompiler compiler;

    public TaskCompiler() {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("this Java runtime has no compiler: run the grader with a JDK");
        }
    }

    /** Compiles {@code sources} into {@code outputDir}. */
    public Compilation compile(List<SourceFile> sources, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<JavaFileObject> units = sources.stream().map(TaskCompiler::unit).toList();
            // The Java 17 language, but the API of the JDK that grades (the contract allows it, e.g. virtual
            // threads on a JDK that has them), so -source/-target rather than --release.
            // The class path is the (empty) output folder: by default javac would search the grader's own jars.
            List<String> options = List.of("-source", "17", "-target", "17", "-Xlint:-options", "-d",
                    outputDir.toString(), "-classpath", outputDir.toString(), "-proc:none", "-implicit:none",
                    "-nowarn", "-Xmaxerrs", "20");
            var output = new StringWriter();
            boolean ok = compiler.getTask(output, files, diagnostics, options, null, units).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(describe(d));
                }
            }
            if (!ok && errors.isEmpty()) {
                errors.add("the compiler failed: " + output.toString().strip());
            }
            return new Compilation(outputDir, errors);
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d) {
        String file = d.getSource() == null ? "" : d.getSource().getName();
        String where = file + (d.getLineNumber() > 0 ? ":" + d.getLineNumber() : "");
        String line = d.getSource() == null || d.getLineNumber() <= 0 ? "" : sourceLine(d);
        return where + ": " + d.getMessage(Locale.ROOT) + (line.isBlank() ? "" : "\n    " + line.strip());
    }

    private static String sourceLine(Diagnostic<? extends JavaFileObject> d) {
        try {
            String[] lines = d.getSource().getCharContent(true).toString().split("\n", -1);
            return d.getLineNumber() <= lines.length ? lines[(int) d.getLineNumber() - 1] : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** A URI whose path ends with the file name, as javac wants for its "public class in X.java" check. */
    private static URI uri(String shownPath) {
        try {
            return new URI("string", null, "/" + shownPath, null);
        } catch (java.net.URISyntaxException e) {
            return URI.create("string:///" + shownPath.substring(shownPath.lastIndexOf('/') + 1));
        }
    }

    private static JavaFileObject unit(SourceFile source) {
        return new SimpleJavaFileObject(uri(source.shownPath()), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source.text();
            }

            @Override
            public String getName() {
                return source.shownPath();
            }
        };
    }
}
