package grader.course;

import java.util.List;

/**
 * A value of a YAML document with the line it starts on (1-based), so that every complaint about the course file
 * can name its line. Only what a course file is made of: scalars, lists and mappings.
 */
sealed interface YamlNode {

    int line();

    /**
     * @param text the value as written (the number {@code 1.10} stays {@code 1.10})
     * @param kind what YAML made of it
     */
    record Scalar(String text, Kind kind, int line) implements YamlNode {

        enum Kind { STRING, WHOLE_NUMBER, NUMBER, BOOLEAN, NULL }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** The entries in the order written, duplicates kept: the reader names a key given twice. */
    record Mapping(List<Entry> entries, int line) implements YamlNode {

        public Mapping {
            entries = List.copyOf(entries);
        }
    }

    record Entry(String key, int line, YamlNode value) {}
}
