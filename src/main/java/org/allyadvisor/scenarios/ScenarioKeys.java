package org.allyadvisor.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allyadvisor.facts.read.Node;
import org.allyadvisor.text.NearestName;

/**
 * The known entries of one mapping of a scenario file by key; unknown keys reported with the
 * nearest known one.
 */
record ScenarioKeys(Map<String, Node.Entry> entries) {

    static ScenarioKeys of(
            Node.Mapping mapping, List<String> known, String label, ScenarioText text) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        for (Node.Entry entry : mapping.entries()) {
            String path = label.isEmpty() ? entry.key() : label + "." + entry.key();
            if (!known.contains(entry.key())) {
                text.at(
                        entry.line(),
                        entry.column(),
                        path
                                + ": unknown key '"
                                + ScenarioText.shorter(entry.key())
                                + "'"
                                + NearestName.among(entry.key(), known)
                                        .map(best -> "; did you mean '" + best + "'?")
                                        .orElse("; known: " + String.join(", ", known)));
            } else if (entries.containsKey(entry.key())) {
                text.at(
                        entry.line(),
                        entry.column(),
                        path + ": duplicate key '" + entry.key() + "'");
            } else {
                entries.put(entry.key(), entry);
            }
        }
        return new ScenarioKeys(entries);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The value under a key, or null when the key is absent. */
    Node node(String key) {
        Node.Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }
}
