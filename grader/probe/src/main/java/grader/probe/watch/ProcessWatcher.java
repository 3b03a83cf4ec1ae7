package grader.probe.watch;

import grader.probe.evidence.ChildProcess;
import grader.probe.evidence.ProcessObservation;
import java.util.ArrayList;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches the processes that descend from this JVM while a call runs, by polling every few milliseconds.
 *
 * <p>A child JVM lives for tens of milliseconds at the very least, far longer than a polling period, so every
 * child is seen, with its command line once it has {@code exec}'d. "Alive at the same time" is only claimed for
 * processes listed in one poll and confirmed alive after the listing: each existed before the first confirmation
 * and was alive at or after it, so all were alive at that instant.
 */
public final class ProcessWatcher {

    /** A process as seen so far; {@code handle} is null for one known only from the start recording. */
    private record Seen(long pid, ProcessHandle handle, long firstSeen, List<String> arguments, long lastSeen) {}

    private final long startNanos;
    private final long periodMillis;
    private final Map<Long, Seen> seen = new LinkedHashMap<>();
    private List<Long> mostAliveAtOnce = List.of();
    private int polls;
    private volatile boolean running = true;
    private final Thread thread;
    private final ProcessStarts starts;

    /**
     * @param recordStarts whether to record every start through Flight Recorder too (costs about 0.3 s of CPU),
     *     so that the list of children is complete even on a machine loaded enough to starve the poller
     */
    public ProcessWatcher(long startNanos, long periodMillis, boolean recordStarts) {
        this.startNanos = startNanos;
        this.periodMillis = periodMillis;
        this.thread = new Thread(this::loop, "grader-process-watcher");
        thread.setDaemon(true);
        this.starts = recordStarts ? new ProcessStarts() : null;
    }

    public void start() {
        if (starts != null) {
            starts.start();
        }
        thread.start();
    }

    private void loop() {
        while (running) {
            poll();
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void poll() {
        polls++;
        List<ProcessHandle> listed = ProcessHandle.current().descendants().toList();
        List<Long> confirmed = new ArrayList<>();
        long now = System.nanoTime() - startNanos;
        for (ProcessHandle p : listed) {
            List<String> args = p.info().arguments().map(List::of).orElse(List.of());
            Seen before = seen.get(p.pid());
            boolean alive = p.isAlive();
            if (alive) {
                confirmed.add(p.pid());
            }
            if (before == null || !before.handle().equals(p)) {
                seen.put(p.pid(), new Seen(p.pid(), p, now, args, now));
            } else {
                seen.put(p.pid(), new Seen(p.pid(), p, before.firstSeen(), args.isEmpty() ? before.arguments() : args,
                        alive ? now : before.lastSeen()));
            }
        }
        if (confirmed.size() > mostAliveAtOnce.size()) {
            mostAliveAtOnce = List.copyOf(confirmed);
        }
    }

    /**
     * Stops watching, then gives the processes still alive until {@code graceEndNanos} ({@link System#nanoTime()})
     * to end.
     *
     * @return what was seen; a process alive after the grace is marked so
     */
    public ProcessObservation finish(long graceEndNanos) throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(1000);
        poll();
        List<ProcessHandle> left = ProcessHandle.current().descendants().toList();
        while (left.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < graceEndNanos) {
            Thread.sleep(5);
            poll();
            left = ProcessHandle.current().descendants().toList();
        }
        List<ProcessHandle> stillAlive = left.stream().filter(ProcessHandle::isAlive).toList();
        List<ProcessStarts.Started> recorded = List.of();
        if (starts != null) {
            try {
                recorded = starts.stop();
            } catch (IOException e) {
                recorded = List.of();
            }
        }
        synchronized (this) {
            for (ProcessStarts.Started s : recorded) {
                Seen polled = seen.get(s.pid());
                List<String> args = s.command().subList(Math.min(1, s.command().size()), s.command().size());
                if (polled == null) {
                    // started and gone between two polls: known only from the recording
                    Optional<ProcessHandle> handle = ProcessHandle.of(s.pid());
                    seen.put(s.pid(), new Seen(s.pid(), handle.orElse(null), -1, args, -1));
                } else if (!sameLastArgument(polled.arguments(), args)) {
                    // polled only before its exec (still the parent's or the spawn helper's command line)
                    seen.put(s.pid(), new Seen(s.pid(), polled.handle(), polled.firstSeen(), args, polled.lastSeen()));
                }
            }
            List<ChildProcess> children = seen.values().stream()
                    .map(s -> new ChildProcess(s.pid(), s.arguments(), s.firstSeen(), s.lastSeen(),
                            s.handle() != null && stillAlive.contains(s.handle())))
                    .toList();
            return new ProcessObservation(children, mostAliveAtOnce, polls);
        }
    }

    private static boolean sameLastArgument(List<String> a, List<String> b) {
        return !a.isEmpty() && !b.isEmpty() && a.get(a.size() - 1).equals(b.get(b.size() - 1));
    }

    /** Kills whatever still descends from this JVM, so that nothing outlives the probe. */
    public static void killDescendants() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }
}
