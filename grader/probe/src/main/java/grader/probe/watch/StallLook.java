package grader.probe.watch;

import grader.probe.evidence.Stall;
import grader.probe.evidence.StalledThread;
import grader.probe.evidence.StalledThread.Activity;
import grader.probe.evidence.StalledThread.CodeLine;
import grader.probe.evidence.StalledThread.ThreadRef;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Looks at the student's threads of a call that is about to run out of time, and writes down where each one was:
 * its state, its first frame in the student's code, the JDK call it was in, the locks it held and waited for, and
 * whether the JVM calls it deadlocked.
 *
 * <p>Each thread is seen several times, a little apart, and every line it was seen at is kept: a loop spans lines,
 * and one look would name one of them by chance; a thread stuck in a wait is seen at one line. Its state, locks
 * and JDK call are those of the last look.
 */
public final class StallLook {

    /** Enough threads to show a deadlock and the caller waiting for it, few enough to read. */
    static final int MAX_THREADS = 8;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Predicate<StackTraceElement> studentCode;

    /**
     * @param studentCode which frames are the student's ({@link #studentCode()} in the student's JVM)
     */
    public StallLook(Predicate<StackTraceElement> studentCode) {
        this.studentCode = studentCode;
    }

    /** The student's frames: classes of the application class loader that are not the probe's. */
    public static Predicate<StackTraceElement> studentCode() {
        return frame -> "app".equals(frame.getClassLoaderName()) && !frame.getClassName().startsWith("grader.probe.");
    }

    /**
     * Looks {@code looks} times, {@code pauseMillis} apart, at the threads {@code candidates} gives each time.
     *
     * @return what the threads that were in student code were doing at the last look
     */
    public Stall look(Supplier<List<Thread>> candidates, int looks, long pauseMillis) throws InterruptedException {
        var monitorEntries = new MonitorEntryLines(ClassLoader.getSystemClassLoader());
        Map<Long, Set<CodeLine>> places = new HashMap<>();
        List<Thread> seen = List.of();
        ThreadInfo[] infos = new ThreadInfo[0];
        for (int i = 0; i < looks; i++) {
            if (i > 0) {
                Thread.sleep(pauseMillis);
            }
            seen = candidates.get();
            long[] ids = seen.stream().mapToLong(Thread::getId).toArray();
            // the locks held only at the last look: finding the java.util.concurrent ones walks the heap
            infos = i < looks - 1 ? threads.getThreadInfo(ids, Integer.MAX_VALUE) : threads.getThreadInfo(ids, true, true);
            for (ThreadInfo info : infos) {
                if (info != null && firstStudentFrame(info.getStackTrace()) >= 0) {
                    places.computeIfAbsent(info.getThreadId(), id -> new HashSet<>())
                            .add(place(info, monitorEntries));
                }
            }
        }
        Set<Long> deadlocked = new HashSet<>();
        long[] found = threads.findDeadlockedThreads();
        if (found != null) {
            Arrays.stream(found).forEach(deadlocked::add);
        }
        Map<Integer, Thread> byIdentity = new HashMap<>();
        seen.forEach(t -> byIdentity.put(System.identityHashCode(t), t));
        List<ThreadInfo> students = Arrays.stream(infos)
                .filter(info -> info != null && firstStudentFrame(info.getStackTrace()) >= 0)
                .sorted(Comparator.comparing((ThreadInfo info) -> !deadlocked.contains(info.getThreadId()))
                        .thenComparingLong(ThreadInfo::getThreadId))
                .toList();
        List<StalledThread> kept = students.stream().limit(MAX_THREADS)
                .map(info -> describe(info, deadlocked.contains(info.getThreadId()),
                        sorted(places.get(info.getThreadId())), byIdentity))
                .toList();
        return new Stall(kept, students.size() - kept.size());
    }

    /**
     * Where a thread is in the student's code: its first frame there, or for a thread blocked on entering a
     * {@code synchronized} block of that frame, the {@code synchronized} line (see {@link MonitorEntryLines}).
     */
    private CodeLine place(ThreadInfo info, MonitorEntryLines monitorEntries) {
        StackTraceElement[] stack = info.getStackTrace();
        int first = firstStudentFrame(stack);
        return info.getThreadState() == Thread.State.BLOCKED && first == 0
                ? new CodeLine(stack[0].getFileName(), monitorEntries.lineOf(stack[0])) : lineOf(stack[first]);
    }

    private StalledThread describe(ThreadInfo info, boolean deadlocked, List<CodeLine> lines,
            Map<Integer, Thread> byIdentity) {
        StackTraceElement[] stack = info.getStackTrace();
        int first = firstStudentFrame(stack);
        boolean asleep = Arrays.stream(stack, 0, first)
                .anyMatch(f -> f.getClassName().equals("java.lang.Thread") && f.getMethodName().startsWith("sleep"));
        Activity activity = switch (info.getThreadState()) {
            case RUNNABLE -> Activity.RUNNING;
            case BLOCKED -> Activity.BLOCKED;
            default -> asleep ? Activity.SLEEPING : Activity.WAITING;
        };
        String inCall = "";
        for (int i = first - 1; i >= 0 && inCall.isEmpty(); i--) {
            if (stack[i].getFileName() != null) {
                inCall = simpleName(stack[i].getClassName()) + "." + stack[i].getMethodName();
            }
        }
        ThreadRef owner = info.getLockOwnerId() < 0 ? null : new ThreadRef(info.getLockOwnerId(),
                info.getLockOwnerName());
        LockInfo lock = info.getLockInfo();
        Thread joined = lock == null || owner != null ? null : byIdentity.get(lock.getIdentityHashCode());
        if (joined != null && !joined.getClass().getName().equals(lock.getClassName())) {
            joined = null; // another object whose identity hash is the same
        }
        ThreadRef joining = joined == null ? null : new ThreadRef(joined.getId(), joined.getName());
        List<String> held = Stream.concat(Arrays.stream(info.getLockedMonitors()),
                        Arrays.stream(info.getLockedSynchronizers()))
                .map(l -> simpleName(l.getClassName())).toList();
        return new StalledThread(new ThreadRef(info.getThreadId(), info.getThreadName()), activity, lines, inCall,
                owner, joining, held, deadlocked);
    }

    /**
     * The index of the first frame of the student's own source, from the top. Frames without a source file are
     * the JVM's glue (a lambda's or method reference's hidden class), never a line to show.
     */
    private int firstStudentFrame(StackTraceElement[] stack) {
        for (int i = 0; i < stack.length; i++) {
            if (stack[i].getFileName() != null && studentCode.test(stack[i])) {
                return i;
            }
        }
        return -1;
    }

    private static CodeLine lineOf(StackTraceElement frame) {
        return new CodeLine(frame.getFileName(), frame.getLineNumber());
    }

    private static List<CodeLine> sorted(Set<CodeLine> lines) {
        return lines.stream().sorted(Comparator.comparing(CodeLine::file).thenComparingInt(CodeLine::line)).toList();
    }

    /** {@code java.util.concurrent.CountDownLatch$Sync} gives {@code CountDownLatch.Sync}. */
    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }
}
