package grader.probe.calls;

/** The call a {@link CallSpec} names. */
public final class Calls {

    private Calls() {}

    public static StudentCall of(CallSpec spec) {
        return switch (spec.text("call")) {
            case "squares" -> new SquaresCall(spec);
            case "counting" -> new CountingCall(spec);
            case "async" -> new AsyncCall(spec);
            case "factorial" -> new FactorialCall(spec);
            default -> throw new IllegalArgumentException("unknown call " + spec.text("call"));
        };
    }
}
