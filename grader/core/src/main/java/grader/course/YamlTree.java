package grader.course;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import grader.course.YamlNode.Entry;
import grader.course.YamlNode.Mapping;
import grader.course.YamlNode.Scalar;
import grader.course.YamlNode.Sequence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML document into {@link YamlNode}s with Jackson's streaming parser, which knows the line of every
 * token ({@link JsonLocation}); a tree of {@code JsonNode}s would have lost them.
 */
final class YamlTree {

    /** YAML that is not YAML: where the parser stopped, and its reason. */
    static final class Unreadable extends Exception {

        private final int line;

        Unreadable(int line, String reason) {
            super(reason);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTree() {}

    /** The document's root, or empty for a document with nothing in it (only comments). */
    static Optional<YamlNode> parse(String text) throws Unreadable {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            return first == null ? Optional.empty() : Optional.of(node(parser));
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                // SnakeYAML says what it was parsing ("a block collection") and then what is wrong, and where
                throw new Unreadable(marked.getProblemMark().getLine() + 1, marked.getProblem());
            }
            JsonLocation at = e.getLocation();
            String reason = e.getOriginalMessage().lines().findFirst().orElse("").strip();
            throw new Unreadable(at == null ? 1 : Math.max(1, at.getLineNr()), reason);
        } catch (IOException e) {
            throw new Unreadable(1, e.getMessage());
        }
    }

    /** The value whose first token the parser is on. */
    private static YamlNode node(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                List<Entry> entries = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    parser.nextToken();
                    entries.add(new Entry(key, keyLine, node(parser)));
                }
                return new Mapping(entries, line);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser));
                }
                return new Sequence(items, line);
            }
            default -> {
                return new Scalar(parser.getText(), kind(token), line);
            }
        }
    }

    private static Scalar.Kind kind(JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT -> Scalar.Kind.WHOLE_NUMBER;
            case VALUE_NUMBER_FLOAT -> Scalar.Kind.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> Scalar.Kind.BOOLEAN;
            case VALUE_NULL -> Scalar.Kind.NULL;
            default -> Scalar.Kind.STRING;
        };
    }
}
