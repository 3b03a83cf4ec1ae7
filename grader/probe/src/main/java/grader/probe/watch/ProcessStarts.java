package grader.probe.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Every process this JVM starts, as Flight Recorder's {@code jdk.ProcessStart} event reports it: a record made at
 * the moment of the start, so no child is missed however briefly it lives (polling alone can miss one when the
 * machine is loaded). Only processes this JVM starts itself are reported; grandchildren are the watcher's.
 */
final class ProcessStarts {

    /** A process started by this JVM: its id and its command line split at spaces (executable first). */
    record Started(long pid, List<String> command) {}

    private final Recording recording = new Recording();

    ProcessStarts() {
        recording.enable("jdk.ProcessStart").withoutStackTrace().withoutThreshold();
        recording.setName("grader-process-starts");
    }

    void start() {
        recording.start();
    }

    /** Stops recording and reads what it saw. */
    List<Started> stop() throws IOException {
        recording.stop();
        Path file = Files.createTempFile("process-starts", ".jfr");
        try {
            recording.dump(file);
            List<Started> started = new ArrayList<>();
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                String command = event.getString("command");
                started.add(new Started(event.getLong("pid"),
                        command == null ? List.of() : Arrays.asList(command.trim().split("\\s+"))));
            }
            return started;
        } finally {
            recording.close();
            Files.deleteIfExists(file);
        }
    }
}
