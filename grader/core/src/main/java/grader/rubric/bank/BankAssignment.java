package grader.rubric.bank;

import grader.rubric.PlannedAssignment;
import grader.rubric.StudentJvmNeeds;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Task 6 of the course kit: a thread-safe counter and bank, checked by the model checker Lincheck. */
public final class BankAssignment extends PlannedAssignment {

    /**
     * One class of each jar Lincheck 3.7 needs at run time (its own four and its dependencies'), found on the
     * grader's class path (in a packaged grader, {@code grader/core/target/lib/}).
     */
    private static final List<String> LINCHECK_JARS = List.of(
            "org.jetbrains.lincheck.datastructures.ModelCheckingOptions",
            "org.jetbrains.lincheck.jvm.agent.LincheckInstrumentation",
            "org.jetbrains.lincheck.util.ClassUnsafeCache",
            "org.jetbrains.lincheck.trace.CompressingPostprocessor",
            "kotlin.Unit",
            "kotlin.reflect.full.KClasses",
            "kotlinx.coroutines.CoroutineScope",
            "kotlinx.atomicfu.AtomicFU",
            "net.bytebuddy.ByteBuddy",
            "net.bytebuddy.agent.ByteBuddyAgent",
            "org.objectweb.asm.ClassVisitor",
            "org.objectweb.asm.commons.GeneratorAdapter",
            "org.objectweb.asm.tree.ClassNode",
            "org.objectweb.asm.util.CheckClassAdapter",
            "org.objectweb.asm.tree.analysis.Analyzer",
            "org.java_websocket.WebSocket",
            "org.slf4j.Logger",
            "org.jetbrains.annotations.NotNull");

    /**
     * Lincheck instruments the student's classes through ByteBuddy's agent, which it would attach to its own JVM
     * through the attach socket in {@code /tmp}: the sandbox without bubblewrap forbids that, and JDK 21+ frowns on
     * it. Given at start-up as {@code -javaagent:}, the agent hands Lincheck its instrumentation with no attach.
     */
    private static final String AGENT = "net.bytebuddy.agent.ByteBuddyAgent";

    public BankAssignment() {
        super(6, List.of("homework.bank.Counter", "homework.bank.Bank"), BankRubric.class, new BankPlan()::calls);
    }

    @Override
    public StudentJvmNeeds studentJvm() {
        return new StudentJvmNeeds(lincheckJars(), List.of(jarOf(AGENT)), List.of());
    }

    static List<Path> lincheckJars() {
        List<Path> jars = new ArrayList<>();
        for (String name : LINCHECK_JARS) {
            Path jar = jarOf(name);
            if (!jars.contains(jar)) {
                jars.add(jar);
            }
        }
        return jars;
    }

    private static Path jarOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, BankAssignment.class.getClassLoader());
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Lincheck's " + className + " is not on the grader's class path", e);
        }
    }
}
