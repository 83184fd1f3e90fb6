package org.allyadvisor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The leaves of a thresholds file by path; a loaded rule set's file always parses, as loading
 * checked it.
 */
final class ThresholdLeaves {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ThresholdLeaves() {}

    static Map<String, String> of(String text) {
        Map<String, String> leaves = new LinkedHashMap<>();
        try {
            collect("", YAML.readTree(text), leaves);
        } catch (IOException e) {
            return Map
                    .of(); // cannot happen for a loaded rule set: loading refused a file that does
            // not parse
        }
        return Collections.unmodifiableMap(leaves);
    }

    private static void collect(String path, JsonNode node, Map<String, String> leaves) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(
                        path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                        field.getValue(),
                        leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node.isNull() ? "~" : node.asText());
        }
    }
}
