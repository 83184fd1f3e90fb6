package org.allyadvisor.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key of a YAML document sits, by dotted path ({@code budget.floorPctGdp}), so that
 * problems found after parsing can still be reported with their line and column.
 */
final class YamlLocations {

    private final Map<String, JsonLocation> keys;
    private final List<Duplicate> duplicates;

    private YamlLocations(Map<String, JsonLocation> keys, List<Duplicate> duplicates) {
        this.keys = keys;
        this.duplicates = duplicates;
    }

    /**
     * A key written twice in one section: YAML parsers keep the last silently, so a value a reader
     * sees higher up would not be the one in force.
     *
     * @param path the key's dotted path, as first written
     * @param first where it is first written
     * @param repeat where it is written again
     */
    record Duplicate(String path, JsonLocation first, JsonLocation repeat) {}

    /**
     * Indexes a well-formed document; items of a sequence are named by position ({@code a.0}).
     * Whole-number keys are indexed by their value, so {@code 01:} and {@code 1:} are one key.
     */
    static YamlLocations index(String yaml) throws IOException {
        Map<String, JsonLocation> keys = new HashMap<>();
        List<Duplicate> duplicates = new ArrayList<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    String path = pathOf(parser.getParsingContext());
                    JsonLocation first = keys.putIfAbsent(path, parser.currentTokenLocation());
                    if (first != null) {
                        duplicates.add(new Duplicate(path, first, parser.currentTokenLocation()));
                    }
                }
            }
        }
        return new YamlLocations(keys, duplicates);
    }

    List<Duplicate> duplicates() {
        return duplicates;
    }

    private static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.add(
                    c.inArray()
                            ? Integer.toString(c.getCurrentIndex())
                            : normalized(c.getCurrentName()));
        }
        Collections.reverse(parts);
        return String.join(".", parts);
    }

    /** A whole-number key by its value ({@code 01} is {@code 1}); any other key as written. */
    private static String normalized(String key) {
        if (key != null && key.matches("-?\\d{1,9}")) {
            return Integer.toString(Integer.parseInt(key));
        }
        return key;
    }

    /** The location of the key at {@code path}, or of its nearest enclosing key, or null. */
    JsonLocation of(String path) {
        String p = path;
        while (true) {
            JsonLocation location = keys.get(p);
            if (location != null || p.indexOf('.') < 0) {
                return location;
            }
            p = p.substring(0, p.lastIndexOf('.'));
        }
    }
}
