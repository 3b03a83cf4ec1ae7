package grader.probe.agent;

/**
 * Makes one child JVM of task 4 fail, to see whether {@code compute} checks exit codes.
 *
 * <p>Given to the student's JVM in {@code JAVA_TOOL_OPTIONS} as {@code -javaagent:agent.jar=F:L}, so that every
 * child JVM inherits it. In the child running {@code FactorialWorker F} it exits at once with status 3, printing
 * nothing on standard output; in every other {@code FactorialWorker} child it waits {@code L} ms first, so that the
 * siblings are still running when the failure shows (a {@code compute} that throws without waiting for them or
 * stopping them leaves them behind). It changes nothing a child prints on standard output. Only the
 * failure-injection call uses it.
 */
public final class FailingWorkerAgent {

    private FailingWorkerAgent() {}

    public static void premain(String options) throws InterruptedException {
        String[] command = System.getProperty("sun.java.command", "").trim().split("\\s+");
        if (command.length < 2 || !command[0].equals("homework.factorial.FactorialWorker")) {
            return;
        }
        String[] parts = options.split(":");
        if (command[1].equals(parts[0])) {
            System.err.println("grader: this child was made to fail on purpose");
            Runtime.getRuntime().halt(3);
        }
        Thread.sleep(Long.parseLong(parts[1]));
    }
}
