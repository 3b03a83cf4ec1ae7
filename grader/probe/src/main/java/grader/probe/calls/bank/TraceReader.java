package grader.probe.calls.bank;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jetbrains.kotlinx.lincheck.trace.CodeLocationTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.MethodCallTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.MonitorEnterTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.MonitorExitTracePoint;
import org.jetbrains.kotlinx.lincheck.runner.ExecutionPart;
import org.jetbrains.kotlinx.lincheck.trace.ReadTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.SectionDelimiterTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.SwitchEventTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.Trace;
import org.jetbrains.kotlinx.lincheck.trace.TracePoint;
import org.jetbrains.kotlinx.lincheck.trace.WriteTracePoint;

/**
 * Turns the model checker's trace into the steps feedback tells: operations started, reads and writes of the
 * student's fields, locks taken, released and waited for. Steps of the grader's own wrapper and of the JDK's
 * reflection are left out; a step counts as the student's when its code location is in {@code homework.}.
 */
final class TraceReader {

    /** Enough for the small scenarios; a longer trace is cut and the rest counted. */
    static final int MAX_EVENTS = 80;

    private static final Set<String> LOCK_METHODS = Set.of("lock", "lockInterruptibly", "tryLock");
    private static final Set<String> UNLOCK_METHODS = Set.of("unlock");
    private static final Set<String> WAIT_REASONS = Set.of("LockWait", "ParkWait");

    private TraceReader() {}

    record Read(List<InterleavingEvent> events, int omitted) {}

    static Read read(Trace trace, boolean hang) {
        Read raw = read(trace);
        return new Read(attempts(raw.events(), hang), raw.omitted());
    }

    static Read read(Trace trace) {
        List<InterleavingEvent> events = new ArrayList<>();
        int omitted = 0;
        if (trace == null) {
            return new Read(events, 0);
        }
        ExecutionPart part = ExecutionPart.PARALLEL;
        for (TracePoint point : trace.getTrace()) {
            if (point instanceof SectionDelimiterTracePoint section) {
                part = section.getExecutionPart();
                continue;
            }
            // the starting deposits are set-up, not the student's interleaving; the post part runs alone
            if (part == ExecutionPart.INIT || part == ExecutionPart.VALIDATION) {
                continue;
            }
            InterleavingEvent event = event(point, part == ExecutionPart.POST ? 0 : point.getIThread() + 1);
            if (event == null) {
                continue;
            }
            if (events.size() < MAX_EVENTS) {
                events.add(event);
            } else {
                omitted++;
            }
        }
        return new Read(events, omitted);
    }

    private static InterleavingEvent event(TracePoint point, int thread) {
        if (point instanceof MethodCallTracePoint call) {
            if (call.isActor()) {
                return new InterleavingEvent(thread, EventKind.CALLS, call.getMethodName()
                        + "(" + String.join(", ", call.getParameters() == null ? List.of() : call.getParameters()) + ")",
                        "", "");
            }
            if (!isStudents(call)) {
                return null;
            }
            String owner = call.getOwnerName() == null ? call.getClassName() : call.getOwnerName();
            if (LOCK_METHODS.contains(call.getMethodName()) && owner != null && owner.contains("Lock")) {
                return new InterleavingEvent(thread, EventKind.LOCKS, owner(owner), "", line(call));
            }
            if (UNLOCK_METHODS.contains(call.getMethodName()) && owner != null && owner.contains("Lock")) {
                return new InterleavingEvent(thread, EventKind.UNLOCKS, owner(owner), "", line(call));
            }
            return null;
        }
        if (point instanceof ReadTracePoint read && isStudents(read) && !read.isLocal() && isPlain(valueOf(read))) {
            return new InterleavingEvent(thread, EventKind.READS, subject(read.getOwnerRepresentation(),
                    read.getFieldName()), text(valueOf(read)), line(read));
        }
        if (point instanceof WriteTracePoint write && isStudents(write) && !write.isLocal()
                && isPlain(valueOf(write))) {
            return new InterleavingEvent(thread, EventKind.WRITES, subject(write.getOwnerRepresentation(),
                    write.getFieldName()), text(valueOf(write)), line(write));
        }
        if (point instanceof MonitorEnterTracePoint enter && isStudents(enter)) {
            return new InterleavingEvent(thread, EventKind.LOCKS, "synchronized", "", line(enter));
        }
        if (point instanceof MonitorExitTracePoint exit && isStudents(exit)) {
            return new InterleavingEvent(thread, EventKind.UNLOCKS, "synchronized", "", line(exit));
        }
        // LockWait: a monitor is held by another thread; ParkWait: a Lock's waiter parks (ReentrantLock and kin).
        if (point instanceof SwitchEventTracePoint change && change.getReason() != null
                && WAIT_REASONS.contains(change.getReason().getClass().getSimpleName())) {
            return new InterleavingEvent(thread, EventKind.WAITS_FOR_LOCK, "", "", "");
        }
        return null;
    }

    /** A number or a boolean: the data a race is about; a read of a lock or an object reference is noise here. */
    static boolean isPlain(String value) {
        return value.matches("-?\\d+|true|false");
    }

    /**
     * Marks the lock attempts that did not succeed: a lock step the thread's next step says it had to wait for, and
     * in a hang the last lock step of a thread that never finished.
     */
    static List<InterleavingEvent> attempts(List<InterleavingEvent> events, boolean hang) {
        List<InterleavingEvent> marked = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            InterleavingEvent event = events.get(i);
            if (event.kind() == EventKind.WAITS_FOR_LOCK) {
                continue;
            }
            if (event.kind() == EventKind.LOCKS && (waitsNext(events, i) || hang && lastOfThread(events, i))) {
                event = new InterleavingEvent(event.thread(), EventKind.WAITS_FOR_LOCK, event.subject(), "",
                        event.line());
            }
            marked.add(event);
        }
        return marked;
    }

    private static boolean waitsNext(List<InterleavingEvent> events, int at) {
        for (int j = at + 1; j < events.size(); j++) {
            if (events.get(j).thread() == events.get(at).thread()) {
                return events.get(j).kind() == EventKind.WAITS_FOR_LOCK;
            }
        }
        return false;
    }

    private static boolean lastOfThread(List<InterleavingEvent> events, int at) {
        return events.subList(at + 1, events.size()).stream().noneMatch(e -> e.thread() == events.get(at).thread());
    }

    private static boolean isStudents(CodeLocationTracePoint point) {
        StackTraceElement at = point.getStackTraceElement();
        // the model checker names classes the JVM way, homework/bank/Bank
        return at != null && at.getClassName().replace('/', '.').startsWith("homework.");
    }

    private static String line(CodeLocationTracePoint point) {
        StackTraceElement at = point.getStackTraceElement();
        // a synchronized method's monitor is taken at line 0: no line to show
        return at == null || at.getFileName() == null || at.getLineNumber() <= 0 ? ""
                : at.getFileName() + ":" + at.getLineNumber();
    }

    /** {@code Counter#1} and {@code count} become {@code Counter.count}; an array element keeps its index. */
    static String subject(String owner, String field) {
        String base = owner == null ? "" : owner(owner);
        String name = field == null ? "" : field;
        if (name.contains("#")) {
            // an array element comes as one name, LongArray#1[2], with no owner
            name = owner(name);
        }
        if (base.isEmpty() || name.isEmpty()) {
            return base + name;
        }
        return name.startsWith("[") ? base + name : base + "." + name;
    }

    /** {@code LongArray#1[2]} becomes {@code long[][2]}, {@code Counter#1} becomes {@code Counter}. */
    static String owner(String representation) {
        String name = representation.replaceAll("#\\d+", "");
        int bracket = name.indexOf('[');
        if (bracket > 0) {
            return owner(name.substring(0, bracket)) + name.substring(bracket);
        }
        int dot = name.lastIndexOf('.');
        name = dot >= 0 ? name.substring(dot + 1) : name;
        return switch (name) {
            case "LongArray" -> "long[]";
            case "IntArray" -> "int[]";
            case "Array<Object>" -> "Object[]";
            default -> name.startsWith("Array<") ? name.substring(6, name.length() - 1) + "[]" : name;
        };
    }

    private static String text(String value) {
        return value == null ? "" : owner(value);
    }

    /** The value's text: the model checker keeps it in a field without a getter. */
    private static String valueOf(CodeLocationTracePoint point) {
        try {
            Field field = point.getClass().getDeclaredField("valueRepresentation");
            field.setAccessible(true);
            Object value = field.get(point);
            return value == null ? "" : value.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "";
        }
    }
}
