package grader.rubric;

import grader.rubric.async.AsyncPlan;
import grader.rubric.async.AsyncRubric;
import grader.rubric.counting.CountingPlan;
import grader.rubric.counting.CountingRubric;
import grader.rubric.factorial.FactorialPlan;
import grader.rubric.factorial.FactorialRubric;
import grader.rubric.squares.SquaresPlan;
import grader.rubric.squares.SquaresRubric;
import grader.text.Localized;
import java.util.List;

/** The four tasks of the contract: their classes, their rubric, and the calls the rubric needs. */
public enum Task {
    SQUARES(1, List.of("homework.squares.SquaresAndCubes"), SquaresRubric.class, new SquaresPlan()),
    COUNTING(2, List.of("homework.counting.DelayedCounting"), CountingRubric.class, new CountingPlan()),
    ASYNC(3, List.of("homework.async.AsyncSquares"), AsyncRubric.class, new AsyncPlan()),
    FACTORIAL(4, List.of("homework.factorial.ProcessFactorials", "homework.factorial.FactorialWorker"),
            FactorialRubric.class, new FactorialPlan());

    private final int number;
    private final List<String> classNames;
    private final Class<?> rubric;
    private final Class<?> hiddenRubric;
    private final TaskPlan plan;

    Task(int number, List<String> classNames, Class<?> rubric, TaskPlan plan) {
        this.number = number;
        this.classNames = classNames;
        this.rubric = rubric;
        this.hiddenRubric = hiddenRubricOf(rubric);
        this.plan = plan;
    }

    /**
     * The task's hidden rubric class, named after its rubric ({@code SquaresRubric}: {@code SquaresHiddenRubric}),
     * or null where it was left out (the student template).
     */
    private static Class<?> hiddenRubricOf(Class<?> rubric) {
        String name = rubric.getPackageName() + "." + rubric.getSimpleName().replace("Rubric", "HiddenRubric");
        try {
            return Class.forName(name, false, rubric.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    public int number() {
        return number;
    }

    /** Its title in every language, {@code task.title.<number>} of the catalog. */
    public Localized title() {
        return Localized.of("task.title." + number);
    }

    /** The classes a submission must provide for this task. */
    public List<String> classNames() {
        return classNames;
    }

    /** The JUnit class whose {@link Check} methods grade this task. */
    public Class<?> rubric() {
        return rubric;
    }

    /** The rubric class and, unless it was left out, the hidden rubric class. */
    public List<Class<?>> rubricClasses() {
        return hiddenRubric == null ? List.of(rubric) : List.of(rubric, hiddenRubric);
    }

    public TaskPlan plan() {
        return plan;
    }

    /** The task whose rubric is {@code type}. */
    public static Task ofRubric(Class<?> type) {
        for (Task task : values()) {
            if (task.rubric == type || task.hiddenRubric == type) {
                return task;
            }
        }
        throw new IllegalArgumentException(type + " is no task's rubric");
    }
}
