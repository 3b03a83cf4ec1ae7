package grader.probe.watch;

import static org.assertj.core.api.Assertions.assertThat;

import grader.probe.evidence.ChildProcess;
import grader.probe.evidence.ProcessObservation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessWatcherTest {

    private static Process sleep(String seconds) throws IOException {
        return new ProcessBuilder("sleep", seconds).start();
    }

    @Test
    void childrenStartedTogetherAreSeenAliveAtOnceWithTheirArguments() throws Exception {
        var watcher = new ProcessWatcher(System.nanoTime(), 2, false);
        watcher.start();
        List<Process> children = new ArrayList<>();
        for (String s : List.of("0.31", "0.32", "0.33")) {
            children.add(sleep(s));
        }
        for (Process p : children) {
            p.waitFor();
        }
        ProcessObservation seen = watcher.finish(System.nanoTime());

        assertThat(seen.children()).extracting(ChildProcess::arguments)
                .contains(List.of("0.31"), List.of("0.32"), List.of("0.33"));
        assertThat(seen.mostAliveAtOnce()).hasSize(3);
        assertThat(seen.children()).noneMatch(ChildProcess::aliveAfterReturn);
    }

    @Test
    void childrenRunOneAfterAnotherAreNeverAliveAtOnce() throws Exception {
        var watcher = new ProcessWatcher(System.nanoTime(), 2, false);
        watcher.start();
        for (String s : List.of("0.11", "0.12", "0.13")) {
            sleep(s).waitFor();
        }
        ProcessObservation seen = watcher.finish(System.nanoTime());

        assertThat(seen.children()).hasSize(3);
        assertThat(seen.mostAliveAtOnce()).hasSize(1);
    }

    @Test
    void aChildStillRunningAfterTheGraceIsMarked() throws Exception {
        var watcher = new ProcessWatcher(System.nanoTime(), 2, false);
        watcher.start();
        Process lingering = sleep("5");
        try {
            ProcessObservation seen = watcher.finish(System.nanoTime() + 100_000_000);
            assertThat(seen.children()).singleElement().satisfies(c -> assertThat(c.aliveAfterReturn()).isTrue());
        } finally {
            lingering.destroyForcibly();
        }
    }

    @Test
    void theMainClassAndItsArgumentsAreReadFromAJavaCommandLine() {
        var child = new ChildProcess(1, List.of("-Xmx64m", "-cp", "/a:/b", "homework.factorial.FactorialWorker", "7"),
                0, 0, false);
        assertThat(child.mainClass()).isEqualTo("homework.factorial.FactorialWorker");
        assertThat(child.programArguments()).containsExactly("7");
    }

    @Test
    void childrenTooShortLivedForThePollerAreStillListedFromTheStartRecording() throws Exception {
        // A poller that looks once and then sleeps for a minute: the stand-in for one starved on a loaded machine.
        var watcher = new ProcessWatcher(System.nanoTime(), 60_000, true);
        watcher.start();
        for (String s : List.of("0.01", "0.02", "0.03")) {
            sleep(s).waitFor();
        }
        ProcessObservation seen = watcher.finish(System.nanoTime());

        assertThat(seen.children()).extracting(c -> c.arguments().get(c.arguments().size() - 1))
                .containsExactlyInAnyOrder("0.01", "0.02", "0.03");
    }
}
