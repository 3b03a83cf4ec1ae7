package grader.rubric.squares;

import grader.probe.calls.squares.ReturnedSquares;
import static grader.probe.calls.squares.SquaresLines.CUBE;
import static grader.probe.calls.squares.SquaresLines.SQUARE;

import grader.probe.calls.squares.SquaresLines;
import grader.probe.evidence.CallEvidence;
import grader.probe.evidence.PrintedLine;
import grader.rubric.Check;
import grader.rubric.Feedback;
import grader.rubric.ListDiff;
import grader.rubric.Lines;
import grader.rubric.Millis;
import grader.rubric.Rubric;
import grader.rubric.TaskEvidence;
import grader.text.Localized;
import grader.text.Message;
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
        Message first = kind(squaresFirst ? "square" : "cube");
        Message second = kind(squaresFirst ? "cube" : "square");
        List<PrintedLine> firstLines = squaresFirst ? squares : cubes;
        List<PrintedLine> secondLines = squaresFirst ? cubes : squares;
        throw Feedback.because(Message.of("rubric.squares.started-after", "first", first, "second", second))
                .evidence(Message.of("rubric.squares.started-after-evidence", "first", first,
                        "firstThread", firstLines.get(0).threadName(),
                        "from", Millis.of(firstLines.get(0).atNanos()),
                        "to", Millis.of(firstLines.get(firstLines.size() - 1).atNanos()), "second", second,
                        "secondThread", secondLines.get(0).threadName(),
                        "at", Millis.of(secondLines.get(0).atNanos())))
                .hint(Message.of("rubric.squares.start-both"))
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
                    throw Feedback.because(Message.of("rubric.squares.bad-format", "call", call.call()))
                            .evidence(Lines.show(line))
                            .hint(Message.of("rubric.squares.bad-format-hint"))
                            .failure();
                }
                int power = Integer.parseInt(m.group(2));
                long i = Long.parseLong(m.group(1));
                if (i <= last[power]) {
                    throw Feedback.because(Message.of("rubric.squares.out-of-order", "kind",
                                    kind(power == 2 ? "square" : "cube"), "call", call.call()))
                            .evidence(Message.of("rubric.squares.came-after", "line", Lines.shown(line), "i",
                                    Long.toString(last[power])))
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
                Message kind = kind(t == square ? "square" : "cube");
                throw Feedback.because(Message.of("rubric.squares.printed-by-caller", "kind", kind, "thread",
                                Lines.threadName(call, t)))
                        .evidence(Lines.show((t == square ? squares : cubes).get(t).get(0)))
                        .hint(Message.of("rubric.squares.run-not-start"))
                        .failure();
            }
        }
        if (square == cube) {
            throw Feedback.because(Message.of("rubric.squares.one-thread", "thread", Lines.threadName(call, square)))
                    .hint(Message.of("rubric.squares.one-thread-hint"))
                    .failure();
        }
        return new Printers(square, cube);
    }

    private static void onePrinter(CallEvidence call, Map<Long, List<PrintedLine>> byThread, String kind,
            String example) {
        if (byThread.isEmpty()) {
            throw Feedback.because(Message.of("rubric.squares.no-line", "call", call.call(), "kind", kind(kind),
                            "example", example))
                    .evidence(call.lines().isEmpty() ? List.of(Localized.of("rubric.squares.printed-nothing"))
                            : Lines.showSome(call.lines(), 3))
                    .failure();
        }
        if (byThread.size() > 1) {
            List<String> names = byThread.keySet().stream().map(t -> "`" + Lines.threadName(call, t) + "`").toList();
            throw Feedback.because(Message.of("rubric.squares.several-printers", "kind", kind(kind), "call",
                            call.call(), "count", byThread.size(), "threads", String.join(", ", names)))
                    .failure();
        }
    }

    /** "square" or "cube" as a word of the sentence: "the square thread", «поток квадратов». */
    private static Message kind(String kind) {
        return Message.of("rubric.squares.kind." + kind);
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
        var result = call.returned(ReturnedSquares.class)
                .orElseThrow(() -> Feedback.because(Message.of("rubric.squares.returned-null", "call", call.call()))
                        .failure());
        List<Long> actual = what.equals("squares") ? result.squares() : result.cubes();
        int n = key.equals(SquaresPlan.TEN) ? 10 : SquaresPlan.randomN(evidence.parameters());
        List<Long> expected = LongStream.rangeClosed(1, n).map(expectedOf).boxed().toList();
        var difference = ListDiff.firstDifference(expected, actual,
                i -> Message.of("rubric.squares." + what + "-of", "i", Integer.toString(i + 1)));
        if (difference.isPresent()) {
            Feedback f = Feedback.because(Message.of("rubric.squares.wrong-list", "what",
                    Message.of("rubric.squares." + what), "call", call.call(), "difference", difference.get()))
                    .evidence(Message.of("rubric.squares.returned", "list", ListDiff.shorten(actual)));
            if (n != 10 && actual != null && actual.size() == 10) {
                f.hint(Message.of("rubric.squares.use-n"));
            }
            throw f.failure();
        }
    }

}
