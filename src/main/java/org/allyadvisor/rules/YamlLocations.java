package org.allyadvisor.rules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Where each key of a YAML document sits, by dotted path ({@code budget.floorPctGdp}), so that
 * problems found after parsing can still be reported with their line and column.
 */
final class YamlLocations {

    private final Map<String, JsonLocation> keys;

    private YamlLocations(Map<String, JsonLocation> keys) {
        this.keys = keys;
    }

    /** Indexes a well-formed document; items of a sequence are named by position ({@code a.0}). */
    static YamlLocations index(String yaml) throws IOException {
        Map<String, JsonLocation> keys = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    keys.put(pathOf(parser.getParsingContext()), parser.currentTokenLocation());
                }
            }
        }
        return new YamlLocations(keys);
    }

    private static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.add(c.inArray() ? Integer.toString(c.getCurrentIndex()) : c.getCurrentName());
        }
        Collections.reverse(parts);
        return String.join(".", parts);
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
