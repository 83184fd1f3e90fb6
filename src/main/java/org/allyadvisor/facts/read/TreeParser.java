package org.allyadvisor.facts.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allyadvisor.text.Numbers;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Builds the located {@link Node} tree of a YAML or JSON file from Jackson's token stream.
 * Malformed input becomes a {@code syntax} problem, never an exception.
 */
final class TreeParser {

    /**
     * Factories are immutable once built and safe to share between threads. NaN and Infinity are
     * read as numbers so that the field they stand in can be named in the problem, rather than
     * failing the whole file as a syntax error.
     */
    private static final JsonFactory JSON =
            JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    // "yes"/"no"/"on"/"off" stay text: YAML 1.1 would read a country code NO as false.
    // SnakeYAML refuses documents over 3 MiB code points by default; FactReader refuses files over
    // MAX_FILE_BYTES before they are parsed, and code points are never more than UTF-8 bytes, so
    // the
    // parser's own limit is raised to the same size and is only a backstop.
    private static final YAMLFactory YAML =
            YAMLFactory.builder()
                    .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                    .loaderOptions(loaderOptions())
                    .build();

    private static final Pattern SOURCE =
            Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");

    /** Jackson's size limits, which name the Java setting that raises them. */
    private static final Pattern TOO_LARGE =
            Pattern.compile(
                    "(Document nesting depth|Number value length|String value length|Name length)"
                            + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");

    /** A YAML key that is a list or a section, as SnakeYAML's event names it. */
    private static final Pattern NOT_A_KEY =
            Pattern.compile(
                    "Expected a field name.*<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\b.*");

    private TreeParser() {}

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(FactReader.MAX_FILE_BYTES);
        return options;
    }

    static Optional<Node> yaml(String text, Problems problems) {
        return parse(true, text, problems);
    }

    static Optional<Node> json(String text, Problems problems) {
        return parse(false, text, problems);
    }

    private static Optional<Node> parse(boolean yaml, String text, Problems problems) {
        JsonParser parser = null;
        try {
            parser = yaml ? YAML.createParser(text) : JSON.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.whole("empty fact file");
                return Optional.empty();
            }
            Node root = node(parser, first);
            if (yaml
                    && root instanceof Node.Scalar s
                    && s.kind() == Node.Kind.STRING
                    && s.text().isEmpty()) {
                problems.whole("empty fact file"); // a YAML document marker with nothing under it
                return Optional.empty();
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.at(
                        at.getLineNr(),
                        at.getColumnNr(),
                        "syntax",
                        "only one document is allowed in a fact file");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JacksonException e) {
            syntax(e, problems);
        } catch (IOException | RuntimeException e) {
            // The YAML scanner can fail outside Jackson's wrapping; the file is still just bad
            // input.
            JsonLocation at = parser == null ? null : parser.currentLocation();
            problems.at(
                    at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? null : Math.max(1, at.getColumnNr()),
                    "syntax",
                    firstLine(String.valueOf(e.getMessage())));
        } finally {
            close(parser);
        }
        return Optional.empty();
    }

    private static Node node(JsonParser parser, JsonToken token) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new JsonParseException(
                    parser, "YAML aliases (*" + parser.getText() + ") are not supported", at);
        }
        return switch (token) {
            case START_OBJECT -> mapping(parser, line, column);
            case START_ARRAY -> sequence(parser, line, column);
            case VALUE_STRING ->
                    new Node.Scalar(Node.Kind.STRING, parser.getText(), null, line, column);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                    new Node.Scalar(
                            Node.Kind.NUMBER, parser.getText(), finite(parser), line, column);
            case VALUE_TRUE, VALUE_FALSE ->
                    new Node.Scalar(Node.Kind.BOOLEAN, parser.getText(), null, line, column);
            case VALUE_NULL -> new Node.Scalar(Node.Kind.NULL, "null", null, line, column);
            default ->
                    throw new JsonParseException(
                            parser, "unsupported value '" + parser.getText() + "'", at);
        };
    }

    /**
     * The number, or null for one that is not finite (JSON's NaN and Infinity, YAML's .inf and
     * .nan): no fact is infinite, and the reader says so at the field it stands in.
     */
    private static BigDecimal finite(JsonParser parser) throws IOException {
        if (parser.isNaN() || Numbers.isYamlNotFinite(parser.getText())) {
            return null;
        }
        return parser.getDecimalValue();
    }

    private static Node mapping(JsonParser parser, int line, int column) throws IOException {
        List<Node.Entry> entries = new ArrayList<>();
        for (JsonToken t = next(parser); t != JsonToken.END_OBJECT; t = next(parser)) {
            JsonLocation at = parser.currentTokenLocation();
            String key = parser.currentName();
            Node value = node(parser, next(parser));
            entries.add(new Node.Entry(key, at.getLineNr(), at.getColumnNr(), value));
        }
        return new Node.Mapping(entries, line, column);
    }

    private static Node sequence(JsonParser parser, int line, int column) throws IOException {
        List<Node> items = new ArrayList<>();
        for (JsonToken t = next(parser); t != JsonToken.END_ARRAY; t = next(parser)) {
            items.add(node(parser, t));
        }
        return new Node.Sequence(items, line, column);
    }

    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonParseException(parser, "unexpected end of file");
        }
        return token;
    }

    /**
     * The parser's own words, first line only; SnakeYAML keeps its short version in getProblem().
     */
    private static void syntax(JacksonException e, Problems problems) {
        String message = e.getOriginalMessage();
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : at.getLineNr();
        Integer column = at == null ? null : at.getColumnNr();
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
            message = yaml.getProblem();
            Mark mark = yaml.getProblemMark();
            if (mark != null) {
                line = mark.getLine() + 1;
                column = mark.getColumn() + 1;
            }
        }
        problems.at(
                Math.max(1, line),
                column == null ? null : Math.max(1, column),
                "syntax",
                inPlainWords(firstLine(String.valueOf(message))));
    }

    /**
     * The parser's words where they name its own Java settings or classes, which a user cannot act
     * on, said as what is wrong with the file.
     */
    static String inPlainWords(String message) {
        Matcher large = TOO_LARGE.matcher(message);
        if (large.matches()) {
            String limit = large.group(3);
            return switch (large.group(1)) {
                case "Document nesting depth" -> "nested more than " + limit + " levels deep";
                case "Number value length" ->
                        "a number of " + large.group(2) + " digits; at most " + limit + " are read";
                case "String value length" ->
                        "a text of "
                                + large.group(2)
                                + " characters; at most "
                                + limit
                                + " are read";
                default ->
                        "a key of "
                                + large.group(2)
                                + " characters; at most "
                                + limit
                                + " are read";
            };
        }
        if (message.startsWith("expected <block end>, but found")) {
            return "this line is not indented like the lines of its section above it";
        }
        if (message.equals("found unexpected end of stream")) {
            return "the file ends inside a quoted value; close its quote";
        }
        if (message.endsWith("but found '<stream end>'")) {
            return "the file ends where a value or a closing bracket belongs";
        }
        Matcher key = NOT_A_KEY.matcher(message);
        if (key.matches()) {
            String got =
                    switch (key.group(1)) {
                        case "SequenceStart" -> "a list";
                        case "MappingStart" -> "a section";
                        case "Alias" -> "an alias";
                        default -> "something else";
                    };
            return "a key must be a word, got " + got;
        }
        return message;
    }

    /**
     * The first line of a parser message. Jackson sometimes cites a second location inside it ("for
     * Array starting at [Source: ...; line: 1, column: 12]"): that keeps only line and column.
     */
    static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).strip();
        return SOURCE.matcher(line).replaceAll("line $1, column $2");
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException | RuntimeException ignored) {
                // reading from a String: nothing to release, and the outcome is already decided
            }
        }
    }
}
