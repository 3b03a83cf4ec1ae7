package grader.probe.watch;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line of the {@code synchronized} statement that a blocked thread waits to enter.
 *
 * <p>An interpreted frame blocked in {@code monitorenter} reports the instruction after it, so its line is the
 * first line of the block's body, one below the {@code synchronized}; a compiled frame reports the
 * {@code monitorenter} itself. This reads the method's line table and bytecode from the class file: when no
 * {@code monitorenter} is on the reported line but one ends just where that line begins, the thread waits there.
 */
final class MonitorEntryLines {

    private static final int MONITORENTER = 0xC2;
    private static final int ASTORE = 0x3A;
    private static final int ASTORE_0 = 0x4B;

    /** Per class, per method name, each {@code Code} attribute's bytecode and line table. */
    private final Map<String, Map<String, List<Method>>> classes = new HashMap<>();
    private final ClassLoader loader;

    MonitorEntryLines(ClassLoader loader) {
        this.loader = loader;
    }

    /** The line of the {@code synchronized} a thread blocked at {@code frame} waits to enter. */
    int lineOf(StackTraceElement frame) {
        int reported = frame.getLineNumber();
        List<Method> methods = classes.computeIfAbsent(frame.getClassName(), this::read)
                .getOrDefault(frame.getMethodName(), List.of());
        for (Method m : methods) {
            if (m.hasMonitorEnterOn(reported)) {
                return reported;
            }
        }
        for (Method m : methods) {
            int before = m.monitorEnterJustBefore(reported);
            if (before > 0) {
                return before;
            }
        }
        return reported;
    }

    private Map<String, List<Method>> read(String className) {
        try (InputStream in = loader.getResourceAsStream(className.replace('.', '/') + ".class")) {
            return in == null ? Map.of() : parse(new DataInputStream(in));
        } catch (IOException | RuntimeException e) {
            return Map.of(); // not a class file we can read: the reported line stands
        }
    }

    /** The methods of a class file, by name (JVMS 4: constant pool, fields, methods and their Code attributes). */
    private static Map<String, List<Method>> parse(DataInputStream in) throws IOException {
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.skipNBytes(6);
        in.skipNBytes(2L * in.readUnsignedShort());
        for (int f = in.readUnsignedShort(); f > 0; f--) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        Map<String, List<Method>> methods = new HashMap<>();
        for (int m = in.readUnsignedShort(); m > 0; m--) {
            in.skipNBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipNBytes(2);
            for (int a = in.readUnsignedShort(); a > 0; a--) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (!"Code".equals(attribute)) {
                    in.skipNBytes(length);
                    continue;
                }
                in.skipNBytes(4);
                byte[] code = in.readNBytes(in.readInt());
                in.skipNBytes(8L * in.readUnsignedShort());
                List<int[]> lines = new ArrayList<>();
                for (int c = in.readUnsignedShort(); c > 0; c--) {
                    String inner = utf8[in.readUnsignedShort()];
                    int innerLength = in.readInt();
                    if ("LineNumberTable".equals(inner)) {
                        for (int e = in.readUnsignedShort(); e > 0; e--) {
                            lines.add(new int[] {in.readUnsignedShort(), in.readUnsignedShort()});
                        }
                    } else {
                        in.skipNBytes(innerLength);
                    }
                }
                methods.computeIfAbsent(name, k -> new ArrayList<>()).add(new Method(code, lines));
            }
        }
        return methods;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        for (int a = in.readUnsignedShort(); a > 0; a--) {
            in.skipNBytes(2);
            in.skipNBytes(in.readInt());
        }
    }

    /**
     * One method's bytecode and line table.
     *
     * @param lines pairs of (first bytecode index, line)
     */
    private record Method(byte[] code, List<int[]> lines) {

        /** The line of the instruction at {@code pc}: the entry with the greatest start at or before it. */
        int lineAt(int pc) {
            int line = -1;
            int best = -1;
            for (int[] e : lines) {
                if (e[0] <= pc && e[0] > best) {
                    best = e[0];
                    line = e[1];
                }
            }
            return line;
        }

        /** Whether an entry of {@code line} ends with a {@code monitorenter} (javac puts it last on its line). */
        boolean hasMonitorEnterOn(int line) {
            for (int[] e : lines) {
                int end = lines.stream().mapToInt(o -> o[0]).filter(pc -> pc > e[0]).min().orElse(code.length);
                if (e[1] == line && monitorEnterEndsAt(end)) {
                    return true;
                }
            }
            return false;
        }

        /** The line of a {@code monitorenter} that ends just where an entry of {@code line} begins, or -1. */
        int monitorEnterJustBefore(int line) {
            for (int[] e : lines) {
                if (e[1] == line && monitorEnterEndsAt(e[0])) {
                    return lineAt(e[0] - 1);
                }
            }
            return -1;
        }

        /**
         * Whether the instruction before {@code pc} is a {@code monitorenter} as javac writes it, after the
         * {@code astore} that keeps the lock for the block's exit: so that an operand byte of 0xC2 is not taken
         * for one.
         */
        private boolean monitorEnterEndsAt(int pc) {
            if (pc < 2 || pc > code.length || (code[pc - 1] & 0xFF) != MONITORENTER) {
                return false;
            }
            int before = code[pc - 2] & 0xFF;
            return (before >= ASTORE_0 && before <= ASTORE_0 + 3) || (pc >= 3 && (code[pc - 3] & 0xFF) == ASTORE);
        }
    }
}
