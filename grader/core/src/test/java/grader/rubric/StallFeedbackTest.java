package grader.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.Outcome;
import grader.probe.evidence.Stall;
import grader.probe.evidence.StalledThread;
import grader.probe.evidence.StalledThread.Activity;
import grader.probe.evidence.StalledThread.CodeLine;
import grader.probe.evidence.StalledThread.ThreadRef;
import grader.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feedback of a call that ran out of time, from where the probe saw its threads. */
class StallFeedbackTest {

    private static final ThreadRef MAIN = new ThreadRef(20, "main");
    private static final ThreadRef SQUARES = new ThreadRef(21, "squares");
    private static final ThreadRef CUBES = new ThreadRef(22, "cubes");
    private static final ThreadRef THIRD = new ThreadRef(23, "third");

    @Test
    void withoutALookTheFeedbackSaysOnlyThatTimeRanOut() {
        assertThat(feedback(null)).isEqualTo("C.compute(10) did not return within its time limit.\n"
                + "    Hint: a deadlock, an endless loop, or a join/await on something that never ends?");
    }

    @Test
    void aDeadlockNamesItsThreadsAndWhereEachWaitsForTheOthersLock() {
        Stall stall = new Stall(List.of(blocked(SQUARES, 39, CUBES, true), blocked(CUBES, 52, SQUARES, true),
                waiting(MAIN, 63, "Thread.join", SQUARES)), 0);

        assertThat(feedback(stall)).isEqualTo("C.compute(10) did not return within its time limit: threads "
                + "`squares` and `cubes` deadlocked, each waiting for a lock that another of them holds.\n"
                + "    thread `squares` was blocked at C.java:39, waiting for a lock that thread `cubes` holds\n"
                + "    thread `cubes` was blocked at C.java:52, waiting for a lock that thread `squares` holds\n"
                + "    thread `main` was waiting at C.java:63 in `Thread.join` for thread `squares` to end\n"
                + "    Hint: take the locks in the same order in every thread, or hold only one at a time");
    }

    /** The JVM may also count a thread that waits for the cycle; the cycle itself is what the headline names. */
    @Test
    void aCycleOfThreeIsNamedInTheOrderTheyWaitForEachOtherAndAThreadWaitingOnItIsNotPartOfIt() {
        ThreadRef late = new ThreadRef(30, "late");
        Stall stall = new Stall(List.of(blocked(SQUARES, 1, THIRD, true), blocked(CUBES, 2, SQUARES, true),
                blocked(THIRD, 3, CUBES, true), blocked(late, 4, SQUARES, true)), 0);

        assertThat(feedback(stall)).startsWith("C.compute(10) did not return within its time limit: threads "
                        + "`squares`, `third` and `cubes` deadlocked")
                .contains("thread `late` was blocked at C.java:4, waiting for a lock that thread `squares` holds");
    }

    @Test
    void aDeadlockWhoseCycleIsNotAllInTheEvidenceIsNotClaimed() {
        Stall stall = new Stall(List.of(blocked(SQUARES, 39, CUBES, true)), 1);

        assertThat(feedback(stall)).doesNotContain("deadlocked")
                .contains("its threads were waiting for something that never happened")
                .contains("1 more threads of the call were in your code too");
    }

    @Test
    void aThreadStillRunningItsOwnCodeIsShownAtEveryLineItWasSeenAt() {
        var spinning = new StalledThread(MAIN, Activity.RUNNING, List.of(new CodeLine("C.java", 44),
                new CodeLine("C.java", 45)), "", null, null, List.of(), false);

        assertThat(feedback(new Stall(List.of(spinning), 0))).isEqualTo("C.compute(10) did not return within its "
                + "time limit: a thread was still running your code when the time ran out.\n"
                + "    thread `main` was still running C.java:44, 45 when the time ran out\n"
                + "    Hint: a loop that never ends? check how its condition becomes false, and that a flag another "
                + "thread sets is volatile");
    }

    /** Counters that never stop are asleep at most looks: they go on by themselves, they wait for nothing. */
    @Test
    void threadsAsleepOrSeenAtSeveralLinesAreStillRunningAndThoseAlikeShareALine() {
        var counting = new StalledThread(CUBES, Activity.WAITING, List.of(new CodeLine("DelayedCounting.java", 30),
                new CodeLine("DelayedCounting.java", 31)), "PrintStream.println", null, null, List.of(), false);
        Stall stall = new Stall(List.of(waiting(MAIN, 12, "Thread.join", CUBES), counting,
                asleep(new ThreadRef(24, "counter-1")), asleep(new ThreadRef(25, "counter-2"))), 0);

        assertThat(feedback(stall)).isEqualTo("C.compute(10) did not return within its time limit: a thread was "
                + "still running your code when the time ran out.\n"
                + "    thread `main` was waiting at C.java:12 in `Thread.join` for thread `cubes` to end\n"
                + "    thread `cubes` was still running DelayedCounting.java:30, 31 when the time ran out\n"
                + "    threads `counter-1` and `counter-2` were sleeping at DelayedCounting.java:56 in `TimeUnit.sleep` "
                + "when the time ran out\n"
                + "    Hint: a loop that never ends? check how its condition becomes false, and that a flag another "
                + "thread sets is volatile");
    }

    /** A thread in a read (runnable for the JVM) waits for a child, it does not loop: the hint is about waits. */
    @Test
    void threadsThatWaitForALatchOrARead() {
        var reading = new StalledThread(CUBES, Activity.RUNNING, List.of(new CodeLine("C.java", 30)),
                "BufferedReader.readLine", null, null, List.of(), false);
        Stall stall = new Stall(List.of(waiting(MAIN, 12, "CountDownLatch.await", null), reading), 0);

        assertThat(feedback(stall)).isEqualTo("C.compute(10) did not return within its time limit: its threads "
                + "were waiting for something that never happened.\n"
                + "    thread `main` was waiting at C.java:12 in `CountDownLatch.await`\n"
                + "    thread `cubes` was still in `BufferedReader.readLine`, called at C.java:30, when the time ran "
                + "out\n"
                + "    Hint: every latch must be counted down to zero, every thread or process waited for must end, "
                + "and every future waited for must be completed");
    }

    /** The verb agrees with one thread or several, and the count of threads left out takes its plural form. */
    @Test
    void inRussianTheWordsAgreeWithHowManyThreads() {
        Stall stall = new Stall(List.of(blocked(SQUARES, 39, CUBES, true), blocked(CUBES, 52, SQUARES, true),
                asleep(new ThreadRef(24, "counter-1")), asleep(new ThreadRef(25, "counter-2"))), 2);

        assertThat(russian(stall)).isEqualTo("C.compute(10) не завершился за отведённое время: потоки `squares` и "
                + "`cubes` попали во взаимную блокировку, каждый ждёт блокировку, которую держит другой из них.\n"
                + "    поток `squares` был заблокирован в строке C.java:39 в ожидании блокировки, которую держит "
                + "поток `cubes`\n"
                + "    поток `cubes` был заблокирован в строке C.java:52 в ожидании блокировки, которую держит "
                + "поток `squares`\n"
                + "    потоки `counter-1` и `counter-2` спали в строке DelayedCounting.java:56 внутри "
                + "`TimeUnit.sleep`, когда время вышло\n"
                + "    ещё 2 потока этого вызова тоже были в вашем коде\n"
                + "    Подсказка: захватывайте блокировки во всех потоках в одном и том же порядке или держите "
                + "одновременно только одну");
    }

    private static String feedback(Stall stall) {
        return Feedback.callFailed(timedOut(stall)).getMessage();
    }

    private static String russian(Stall stall) {
        return ((RubricFailure) Feedback.callFailed(timedOut(stall))).feedback().in(Language.RU);
    }

    private static CallEvidence timedOut(Stall stall) {
        return new CallEvidence("C.compute(10)", Outcome.TIMED_OUT, -1, null, MAIN.id(), List.of(),
                List.of(), List.of(), null, null, "", "", -1, stall);
    }

    private static StalledThread blocked(ThreadRef thread, int line, ThreadRef owner, boolean deadlocked) {
        return new StalledThread(thread, Activity.BLOCKED, List.of(new CodeLine("C.java", line)), "", owner, null,
                List.of("Object"), deadlocked);
    }

    private static StalledThread asleep(ThreadRef thread) {
        return new StalledThread(thread, Activity.SLEEPING, List.of(new CodeLine("DelayedCounting.java", 56)),
                "TimeUnit.sleep", null, null, List.of(), false);
    }

    private static StalledThread waiting(ThreadRef thread, int line, String inCall, ThreadRef joining) {
        return new StalledThread(thread, Activity.WAITING, List.of(new CodeLine("C.java", line)), inCall, null,
                joining, List.of(), false);
    }
}
