package grader.probe.watch;

import grader.probe.evidence.ChildProcess;
import grader.probe.evidence.ProcessObservation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the processes that descend from this JVM while a call runs, by polling every few milliseconds.
 *
 * <p>A child JVM lives for tens of milliseconds at the very least, far longer than a polling period, so every
 * child is seen, with its command line once it has {@code exec}'d. "Alive at the same time" is only claimed for
 * processes listed in one poll and confirmed alive after the listing: each existed before the first confirmation
 * and was alive at or after it, so all were alive at that instant.
 */
public final class ProcessWatcher {

    private record Seen(ProcessHandle handle, long firstSeen, List<String> arguments, long lastSeen) {}

    private final long startNanos;
    private final long periodMillis;
    private final Map<Long, Seen> seen = new LinkedHashMap<>();
    private List<Long> mostAliveAtOnce = List.of();
    private int polls;
    private volatile boolean running = true;
    private final Thread thread;

    public ProcessWatcher(long startNanos, long periodMillis) {
        this.startNanos = startNanos;
        this.periodMillis = periodMillis;
        this.thread = new Thread(this::loop, "grader-process-watcher");
        thread.setDaemon(true);
    }

    public void start() {
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
                seen.put(p.pid(), new Seen(p, now, args, now));
            } else {
                seen.put(p.pid(), new Seen(p, before.firstSeen(), args.isEmpty() ? before.arguments() : args,
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
        synchronized (this) {
            List<ChildProcess> children = seen.values().stream()
                    .sorted(Comparator.comparingLong(Seen::firstSeen))
                    .map(s -> new ChildProcess(s.handle().pid(), s.arguments(), s.firstSeen(), s.lastSeen(),
                            stillAlive.contains(s.handle())))
                    .toList();
            return new ProcessObservation(children, mostAliveAtOnce, polls);
        }
    }

    /** Kills whatever still descends from this JVM, so that nothing outlives the probe. */
    public static void killDescendants() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }
}
