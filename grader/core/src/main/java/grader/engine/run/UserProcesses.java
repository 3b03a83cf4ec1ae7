package grader.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The processes of a user id, read from {@code /proc} (a user id without a name has no other handle). */
public final class UserProcesses {

    private UserProcesses() {}

    /** The ids of the live processes whose real user id is {@code uid} (zombies, already dead, are left out). */
    public static List<Long> of(int uid) {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && realUid(entry) == uid) {
                    pids.add(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            // no /proc: nothing to find
        }
        return pids;
    }

    /** Kills every process of {@code uid}, again and again while new ones appear (a fork bomb). */
    public static void killAll(int uid) {
        for (int round = 0; round < 100; round++) {
            List<Long> pids = of(uid);
            if (pids.isEmpty()) {
                return;
            }
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            try {
                Thread.sleep(round < 10 ? 5 : 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The real user id of a live process, or -1 for a zombie or a process that is gone. */
    private static int realUid(Path proc) {
        try {
            for (String line : Files.readAllLines(proc.resolve("status"))) {
                if (line.startsWith("State:") && line.substring(6).trim().startsWith("Z")) {
                    return -1;
                }
                if (line.startsWith("Uid:")) {
                    return Integer.parseInt(line.substring(4).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended while we looked
        }
        return -1;
    }
}
