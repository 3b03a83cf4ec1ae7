package grader.course;

import java.util.Comparator;
import java.util.List;

/** The known name a mistyped one was most likely meant to be: the fewest letters to add, drop or change. */
final class NearestName {

    private NearestName() {}

    static String to(String typed, List<String> known) {
        return known.stream().min(Comparator.comparingInt((String k) -> distance(typed, k))).orElseThrow();
    }

    /** Levenshtein's edit distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
