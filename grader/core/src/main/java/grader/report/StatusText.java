package grader.report;

import grader.text.Catalog;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A submission's status codes ({@code missing;timeout}, as the gradebook keeps them) in a reader's words. */
public final class StatusText {

    private StatusText() {}

    public static String of(String codes, Catalog catalog) {
        return Arrays.stream(codes.split(";")).map(code -> catalog.text("status." + code))
                .collect(Collectors.joining("; "));
    }
}
