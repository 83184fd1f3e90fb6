package org.allyadvisor.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allyadvisor.policy.Thresholds;

/**
 * The numbers of a thresholds file with where each is written, so that one can be rewritten in the
 * text itself: the rule set with a changed threshold is then the rule set whose file says so, read
 * back by the same reader and checks, fingerprinted and compared like any other.
 */
final class ThresholdEdit {

    private static final YAMLFactory YAML = new YAMLFactory();

    /** A number of the file: its threshold and the characters that write it. */
    private record Written(NumericThreshold threshold, int start, int end) {}

    private final String text;
    private final Map<String, Written> numbers;

    private ThresholdEdit(String text, Map<String, Written> numbers) {
        this.text = text;
        this.numbers = numbers;
    }

    /** The numbers of a thresholds file that loaded (so it parses), in file order. */
    static ThresholdEdit of(String text) {
        Map<String, Written> numbers = new LinkedHashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    String path = pathOf(parser.getParsingContext());
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    String written = parser.getText();
                    if (start >= 0 && text.startsWith(written, start)) {
                        numbers.putIfAbsent(
                                path,
                                new Written(
                                        new NumericThreshold(
                                                path, parser.getDecimalValue(), whole(path)),
                                        start,
                                        start + written.length()));
                    }
                }
            }
        } catch (IOException e) {
            return new ThresholdEdit(
                    text, Map.of()); // cannot happen: the rule set loaded this file
        }
        return new ThresholdEdit(text, Collections.unmodifiableMap(numbers));
    }

    /** Every number of the file by path, in file order. */
    Map<String, NumericThreshold> numbers() {
        Map<String, NumericThreshold> all = new LinkedHashMap<>();
        numbers.forEach((path, written) -> all.put(path, written.threshold()));
        return Collections.unmodifiableMap(all);
    }

    /**
     * The file with the number at {@code path} written as {@code value}, everything else (comments,
     * layout) as it was.
     *
     * @throws IllegalArgumentException when the file writes no number at {@code path}
     */
    String with(String path, BigDecimal value) {
        Written written = numbers.get(path);
        if (written == null) {
            throw new IllegalArgumentException("no number '" + path + "' in the thresholds file");
        }
        if (written.threshold().value().compareTo(value) == 0) {
            return text; // the number as written stays as written: 2.0 is not rewritten as 2
        }
        return text.substring(0, written.start()) + plain(value) + text.substring(written.end());
    }

    /** The number as YAML reads it back: no exponent, no trailing zeros past the point. */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** The dotted path of the value the parser is at, as {@link ThresholdLeaves} names it. */
    private static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.add(c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
        }
        Collections.reverse(parts);
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }

    /**
     * Whether the threshold at {@code path} takes whole numbers: by the type the {@link Thresholds}
     * record gives it; a scenario's override has the type of the threshold it overrides.
     */
    static boolean whole(String path) {
        String[] parts = path.split("\\.");
        int from = 0;
        if (parts.length > 3 && parts[0].equals("supportLevels") && parts[2].equals("overrides")) {
            from = 3;
        }
        Type type = Thresholds.class;
        for (int i = from; i < parts.length; i++) {
            type = child(type, parts[i]);
            if (type == null) {
                return false;
            }
        }
        return type == int.class
                || type == Integer.class
                || type == long.class
                || type == Long.class;
    }

    private static Type child(Type type, String name) {
        Class<?> raw =
                type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getGenericType();
                }
            }
            return null;
        }
        if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[1];
        }
        return null;
    }
}
