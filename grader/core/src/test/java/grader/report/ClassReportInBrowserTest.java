package grader.report;

import static grader.text.Localized.verbatim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import grader.text.Catalog;
import grader.text.Language;
import grader.text.Localized;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class report opens in a real browser without network: headless Chromium (Debian's {@code chromium}, which
 * CI installs) renders it to a screenshot and its DOM. Skipped where no Chromium is installed.
 */
class ClassReportInBrowserTest {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    @Test
    void chromiumRendersTheReportOffline(@TempDir Path dir) throws Exception {
        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium)");
        var check = new CheckResult("1.4", verbatim("the square thread and the cube thread were alive at the same time"), 0,
                6, false, verbatim("Your cube thread only started after the square thread had finished."));
        var report = new GradeReport("Борис <b>", 1, Localized.verbatim("none"), List.of(new TaskResult(1, verbatim("Squares and cubes"),
                TaskStatus.GRADED, List.of(check), List.of(), false)), List.of(), 3.2);
        Path html = dir.resolve("report.html");
        ClassReport.write(List.of(report), new ClassReport.Info("Grades of group 7", Localized.verbatim("none"), 2, 4.0, "test"),
                Catalog.of(Language.EN), html);

        Path png = dir.resolve("report.png");
        run(chromium, dir, "--window-size=1280,1600", "--screenshot=" + png, html.toUri().toString());
        String dom = run(chromium, dir, "--dump-dom", html.toUri().toString());

        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
        assertThat(dom).contains("Grades of group 7").contains("Борис &lt;b&gt;")
                .contains("only started after the square thread");
    }

    private static String run(Path chromium, Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString()));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium ended").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
