package grader.probe.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import grader.probe.evidence.Stall;
import grader.probe.evidence.StalledThread;
import grader.probe.evidence.StalledThread.Activity;
import grader.probe.evidence.StalledThread.CodeLine;
import grader.probe.evidence.StalledThread.ThreadRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The look at threads that hang: each test puts threads of its own, whose code stands for the student's, in a state
 * that never ends by itself, waits until they are in it, looks, and then frees them.
 */
class StallLookTest {

    private static final String FILE = "StallLookTest.java";

    private final List<Thread> started = new ArrayList<>();
    private final StallLook look = new StallLook(f -> f.getClassName().startsWith(StallLookTest.class.getName()));

    @AfterEach
    void freeTheThreads() throws InterruptedException {
        for (Thread t : started) {
            t.interrupt();
            t.join(5000);
        }
    }

    @Test
    void twoThreadsThatTakeTwoLocksInOppositeOrderAreADeadlockThatNamesEachOthersLock() throws Exception {
        var left = new ReentrantLock();
        var right = new ReentrantLock();
        var bothHoldOne = new CountDownLatch(2);
        int[] waitsAt = new int[2];
        Thread a = start("a", () -> {
            left.lockInterruptibly();
            bothHoldOne.countDown();
            bothHoldOne.await();
            waitsAt[0] = nextLine();
            right.lockInterruptibly();
        });
        Thread b = start("b", () -> {
            right.lockInterruptibly();
            bothHoldOne.countDown();
            bothHoldOne.await();
            waitsAt[1] = nextLine();
            left.lockInterruptibly();
        });
        await().until(() -> right.hasQueuedThread(a) && left.hasQueuedThread(b));

        Stall stall = look.look(() -> List.of(a, b), 2, 1);

        assertThat(stall.deadlock()).isTrue();
        assertThat(stall.threads()).hasSize(2);
        assertThat(of(stall, a)).satisfies(t -> {
            assertThat(t.deadlocked()).isTrue();
            assertThat(t.activity()).isEqualTo(Activity.WAITING);
            assertThat(t.lockOwner()).isEqualTo(new ThreadRef(b.getId(), "b"));
            assertThat(t.lines()).containsExactly(new CodeLine(FILE, waitsAt[0]));
            assertThat(t.inCall()).isEqualTo("ReentrantLock.lockInterruptibly");
            assertThat(t.locksHeld()).containsExactly("ReentrantLock.NonfairSync");
        });
        assertThat(of(stall, b).lockOwner()).isEqualTo(new ThreadRef(a.getId(), "a"));
        assertThat(of(stall, b).lines()).containsExactly(new CodeLine(FILE, waitsAt[1]));
    }

    @Test
    void aJoinOnAThreadThatWaitsForALatchIsNoDeadlockButSaysWhoWaitsForWhat() throws Exception {
        var never = new CountDownLatch(1);
        int[] waitsAt = new int[2];
        Thread waiter = start("waiter", () -> {
            waitsAt[0] = nextLine();
            never.await();
        });
        Thread joiner = start("joiner", () -> {
            waitsAt[1] = nextLine();
            waiter.join();
        });
        await().until(() -> isIn(waiter, "await") && isIn(joiner, "join"));

        Stall stall = look.look(() -> List.of(joiner, waiter), 2, 1);

        assertThat(stall.deadlock()).isFalse();
        assertThat(of(stall, waiter).inCall()).isEqualTo("CountDownLatch.await");
        assertThat(of(stall, waiter).lines()).containsExactly(new CodeLine(FILE, waitsAt[0]));
        assertThat(of(stall, joiner)).satisfies(t -> {
            assertThat(t.activity()).isEqualTo(Activity.WAITING);
            assertThat(t.inCall()).isEqualTo("Thread.join");
            assertThat(t.joining()).isEqualTo(new ThreadRef(waiter.getId(), "waiter"));
            assertThat(t.lockOwner()).isNull();
            assertThat(t.lines()).containsExactly(new CodeLine(FILE, waitsAt[1]));
        });
        assertThat(stall.threads()).extracting(t -> t.thread().name()).containsExactly("waiter", "joiner");
    }

    @Test
    void aThreadThatSpinsIsRunningAtTheLinesOfItsLoop() throws Exception {
        var looping = new AtomicBoolean();
        int[] loopStartsAt = new int[1];
        Thread spinner = start("spinner", () -> {
            loopStartsAt[0] = nextLine();
            while (!Thread.currentThread().isInterrupted()) {
                looping.set(true);
                Thread.onSpinWait();
            }
        });
        await().until(looping::get);

        Stall stall = look.look(() -> List.of(spinner), 5, 2);

        StalledThread seen = of(stall, spinner);
        assertThat(seen.activity()).isEqualTo(Activity.RUNNING);
        assertThat(seen.lines()).isNotEmpty().allSatisfy(l -> {
            assertThat(l.file()).isEqualTo(FILE);
            assertThat(l.line()).isBetween(loopStartsAt[0], loopStartsAt[0] + 2);
        });
    }

    @Test
    void aThreadInASleepCalledThroughTimeUnitIsSleeping() throws Exception {
        int[] at = new int[1];
        Thread sleeper = start("sleeper", () -> {
            at[0] = nextLine();
            TimeUnit.SECONDS.sleep(100);
        });
        await().until(() -> sleeper.getState() == Thread.State.TIMED_WAITING);

        StalledThread seen = of(look.look(() -> List.of(sleeper), 1, 0), sleeper);

        assertThat(seen.activity()).isEqualTo(Activity.SLEEPING);
        assertThat(seen.inCall()).isEqualTo("TimeUnit.sleep");
        assertThat(seen.lines()).containsExactly(new CodeLine(FILE, at[0]));
    }

    /** The interpreter reports a thread blocked on entering a block at the block's first line: one too low. */
    @Test
    void aThreadBlockedOnAMonitorIsShownAtItsSynchronizedLineWithTheLocksOwner() throws Exception {
        Object lock = new Object();
        int[] at = new int[1];
        synchronized (lock) {
            Thread blocked = start("blocked", () -> {
                at[0] = nextLine();
                synchronized (lock) {
                    Thread.onSpinWait();
                }
            });
            await().until(() -> blocked.getState() == Thread.State.BLOCKED
                    && blocked.getStackTrace()[0].getClassName().equals(StallLookTest.class.getName()));

            StalledThread seen = of(look.look(() -> List.of(blocked), 1, 0), blocked);

            assertThat(seen.activity()).isEqualTo(Activity.BLOCKED);
            assertThat(seen.lines()).containsExactly(new CodeLine(FILE, at[0]));
            assertThat(seen.inCall()).isEmpty();
            assertThat(seen.lockOwner()).isEqualTo(new ThreadRef(Thread.currentThread().getId(),
                    Thread.currentThread().getName()));
            assertThat(seen.deadlocked()).isFalse();
        }
    }

    @Test
    void threadsThatAreNotInTheStudentsCodeAreLeftOut() throws InterruptedException {
        Thread parked = new Thread(LockSupport::park, "jdk-only");
        parked.setDaemon(true);
        parked.start();
        started.add(parked);
        await().until(() -> parked.getState() == Thread.State.WAITING);

        assertThat(look.look(() -> List.of(parked), 1, 0).threads()).isEmpty();
    }

    private Thread start(String name, Body body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (InterruptedException e) {
                // freed by the test's end
            }
        }, name);
        t.setDaemon(true);
        t.start();
        started.add(t);
        return t;
    }

    private static StalledThread of(Stall stall, Thread thread) {
        return stall.threads().stream().filter(t -> t.thread().id() == thread.getId()).findFirst().orElseThrow();
    }

    /** Whether {@code thread} waits, in a JDK method of that name called from this class. */
    private static boolean isIn(Thread thread, String method) {
        StackTraceElement[] stack = thread.getStackTrace();
        for (int i = 1; i < stack.length; i++) {
            if (stack[i - 1].getMethodName().equals(method)
                    && stack[i].getClassName().equals(StallLookTest.class.getName())) {
                return thread.getState() == Thread.State.WAITING;
            }
        }
        return false;
    }

    /** The line after the one that calls this. */
    private static int nextLine() {
        return StackWalker.getInstance().walk(s -> s.skip(1).findFirst()).orElseThrow().getLineNumber() + 1;
    }

    @FunctionalInterface
    private interface Body {
        void run() throws InterruptedException;
    }
}
