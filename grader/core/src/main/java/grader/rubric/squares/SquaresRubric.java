package grader.rubric.squares;

import static grader.probe.calls.SquaresLines.CUBE;
import static grader.probe.calls.SquaresLines.SQUARE;

import grader.probe.calls.SquaresLines;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.PrintedLine;
import grader.probe.evidence.ReturnedValue;
import grader.rubric.Check;
import grader.rubric.Feedback;
import grader.rubric.ListDiff;
import grader.rubric.Lines;
import grader.rubric.Millis;
import grader.rubric.Rubric;
import grader.rubric.TaskEvidence;
import grader.text.Language;
import grader.text.Localized;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/** Task 1, {@code homework.squares.SquaresAndCubes} (25 points). */
@Rubric
public class SquaresRubric {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)\\^([23]) = (-?\\d+)");

    @Check(id = "1.1", points = 4, value = "returned squares are right (n = 10, and an n from 11 to 100 the student "
            + "cannot guess)")
    void squaresAreRight(TaskEvidence evidence) {
        checkList(evidence, SquaresPlan.TEN, "squares", i -> i * i);
    }

    @Check(id = "1.2", points = 4, value = "returned cubes are right (same)")
    void cubesAreRight(TaskEvidence evidence) {
        checkList(evidence, SquaresPlan.TEN, "cubes", i -> i * i * i);
    }

    @Check(id = "1.3", points = 6, value = "every square line was printed by one thread, every cube line by one "
            + "other thread, neither the caller's")
    void oneThreadPerKind(TaskEvidence evidence) {
        for (String key : List.of(SquaresPlan.TEN, SquaresPlan.RANDOM)) {
            printers(Feedback.returned(evidence.call(key)));
        }
    }

    @Check(id = "1.4", points = 6, value = "the square thread and the cube thread were alive at the same time: the "
            + "second was started before the first had finished")
    void threadsOverlap(TaskEvidence evidence) {
        CallEvidence call = Feedback.returned(evidence.call(SquaresPlan.TEN));
        Printers p = printers(call);
        if (interleaved(call, p.square(), p.cube()) || witnessed(call, p.square(), p.cube())
                || witnessed(call, p.cube(), p.square())) {
            return;
        }
        List<PrintedLine> squares = linesOf(call, p.square());
        List<PrintedLine> cubes = linesOf(call, p.cube());
        boolean squaresFirst = squares.get(0).seq() < cubes.get(0).seq();
        String first = squaresFirst ? "square" : "cube";
        String second = squaresFirst ? "cube" : "square";
        List<PrintedLine> firstLines = squaresFirst ? squares : cubes;
        List<PrintedLine> secondLines = squaresFirst ? cubes : squares;
        throw Feedback.because("your " + second + " thread only started after the " + first
                        + " thread had finished: the two never ran at the same time")
                .evidence("the " + first + " thread `" + firstLines.get(0).threadName() + "` printed from "
                        + Millis.show(firstLines.get(0).atNanos()) + " to "
                        + Millis.show(firstLines.get(firstLines.size() - 1).atNanos()) + ", all before the " + second
                        + " thread `" + secondLines.get(0).threadName() + "` printed its first line at "
                        + Millis.show(secondLines.get(0).atNanos()) + "; it was not yet alive while the " + first
                        + " thread was held at its first line")
                .hint("start both threads before you wait for either: a.start(); b.start(); a.join(); b.join();")
                .failure();
    }

    @Check(id = "1.5", points = 3, value = "nothing is printed after `compute` returns, and no thread that printed "
            + "is still alive then (short grace)")
    void finishedBeforeReturn(TaskEvidence evidence) {
        for (String key : List.of(SquaresPlan.TEN, SquaresPlan.RANDOM)) {
            Lines.requireFinishedBeforeReturn(Feedback.returned(evidence.call(key)));
        }
    }

    @Check(id = "1.6", points = 2, value = "every line has the format above, and lines of each kind come in "
            + "increasing i (values and completeness are the first two rows' business)")
    void formatAndOrder(TaskEvidence evidence) {
        for (String key : List.of(SquaresPlan.TEN, SquaresPlan.RANDOM)) {
            CallEvidence call = Feedback.returned(evidence.call(key));
            long[] last = {0, 0, 0, 0};
            for (PrintedLine line : call.lines()) {
                Matcher m = FORMAT.matcher(line.text().strip());
                if (!m.matches()) {
                    throw Feedback.because("a line of " + call.call() + " is not in the format `i^2 = v` or `i^3 = v`")
                            .evidence(Lines.show(line))
                            .hint("print exactly `3^2 = 9` and `3^3 = 27`, one per line, and nothing else")
                            .failure();
                }
                int power = Integer.parseInt(m.group(2));
                long i = Long.parseLong(m.group(1));
                if (i <= last[power]) {
                    throw Feedback.because("the " + (power == 2 ? "square" : "cube") + " lines of " + call.call()
                                    + " are not in increasing order of i")
                            .evidence(Lines.show(line).in(Language.EN) + " came after i = " + last[power])
                            .failure();
                }
                last[power] = i;
            }
        }
    }

    /** The square thread and the cube thread of a call. */
    record Printers(long square, long cube) {}

    /** Identifies the one square thread and the one cube thread, or fails with what is wrong. */
    static Printers printers(CallEvidence call) {
        Map<Long, List<PrintedLine>> squares = Lines.byThread(call, l -> SQUARE.equals(SquaresLines.kindOf(l.text())));
        Map<Long, List<PrintedLine>> cubes = Lines.byThread(call, l -> CUBE.equals(SquaresLines.kindOf(l.text())));
        onePrinter(call, squares, "square", "3^2 = 9");
        onePrinter(call, cubes, "cube", "3^3 = 27");
        long square = squares.keySet().iterator().next();
        long cube = cubes.keySet().iterator().next();
        for (long t : new long[] {square, cube}) {
            if (t == call.callerThreadId()) {
                String kind = t == square ? "square" : "cube";
                throw Feedback.because("your " + kind + " lines were printed by thread `" + Lines.threadName(call, t)
                                + "`, the thread that called compute, not by a thread of their own")
                        .evidence(Lines.show((t == square ? squares : cubes).get(t).get(0)))
                        .hint("did you call run() instead of start()? run() executes in the calling thread")
                        .failure();
            }
        }
        if (square == cube) {
            throw Feedback.because("the square lines and the cube lines were all printed by one thread `"
                            + Lines.threadName(call, square) + "`")
                    .hint("start two threads: one for the squares, another for the cubes")
                    .failure();
        }
        return new Printers(square, cube);
    }

    private static void onePrinter(CallEvidence call, Map<Long, List<PrintedLine>> byThread, String kind,
            String example) {
        if (byThread.isEmpty()) {
            throw Feedback.because(call.call() + " printed no " + kind + " line (like `" + example + "`)")
                    .evidence(call.lines().isEmpty() ? List.of(Localized.verbatim("it printed nothing"))
                            : Lines.showSome(call.lines(), 3))
                    .failure();
        }
        if (byThread.size() > 1) {
            List<String> names = byThread.keySet().stream().map(t -> "`" + Lines.threadName(call, t) + "`").toList();
            throw Feedback.because("the " + kind + " lines of " + call.call() + " were printed by " + byThread.size()
                            + " threads (" + String.join(", ", names) + "): one thread should print them all")
                    .failure();
        }
    }

    private static List<PrintedLine> linesOf(CallEvidence call, long thread) {
        return call.lines().stream().filter(l -> l.threadId() == thread).toList();
    }

    /** Whether one thread printed a line between two lines of the other: both were alive then. */
    private static boolean interleaved(CallEvidence call, long a, long b) {
        return printedBetween(linesOf(call, a), linesOf(call, b)) || printedBetween(linesOf(call, b), linesOf(call, a));
    }

    private static boolean printedBetween(List<PrintedLine> outer, List<PrintedLine> inner) {
        long first = outer.get(0).seq();
        long last = outer.get(outer.size() - 1).seq();
        return inner.stream().anyMatch(l -> l.seq() > first && l.seq() < last);
    }

    /** Whether {@code other} was seen alive while {@code held} was held at its first line. */
    private static boolean witnessed(CallEvidence call, long held, long other) {
        return call.witnesses().stream()
                .anyMatch(w -> w.heldThreadId() == held && w.aliveThreadIds().contains(other));
    }

    /** Fails unless the call {@code key} returned the right squares or cubes. */
    static void checkList(TaskEvidence evidence, String key, String what, LongUnaryOperator expectedOf) {
        CallEvidence call = Feedback.returned(evidence.call(key));
        var result = call.returned(ReturnedValue.Squares.class)
                .orElseThrow(() -> Feedback.because(call.call() + " returned null").failure());
        List<Long> actual = what.equals("squares") ? result.squares() : result.cubes();
        int n = key.equals(SquaresPlan.TEN) ? 10 : evidence.parameters().squaresN();
        List<Long> expected = LongStream.rangeClosed(1, n).map(expectedOf).boxed().toList();
        var difference = ListDiff.firstDifference(expected, actual,
                i -> "the " + what.substring(0, what.length() - 1) + " of " + (i + 1));
        if (difference.isPresent()) {
            Feedback f = Feedback.because("the " + what + " that " + call.call() + " returned are wrong: "
                    + difference.get()).evidence("returned: " + ListDiff.shorten(actual));
            if (n != 10 && actual != null && actual.size() == 10) {
                f.hint("use n, not a fixed 10");
            }
            throw f.failure();
        }
    }

}
