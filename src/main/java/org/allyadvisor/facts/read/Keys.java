package org.allyadvisor.facts.read;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allyadvisor.text.NearestName;

/** Field names: which keys a place allows, and what to suggest for a misspelt one. */
final class Keys {

    private Keys() {}

    /**
     * The known entries of a mapping by key. Unknown keys are reported with the nearest known name;
     * a repeated key is reported and its first value kept.
     */
    static Map<String, Node.Entry> known(
            Node.Mapping mapping, List<String> known, String label, Problems problems) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        for (Node.Entry entry : mapping.entries()) {
            String path = join(label, entry.key());
            if (!known.contains(entry.key())) {
                problems.at(entry.line(), entry.column(), path, unknownField(entry.key(), known));
            } else if (entries.containsKey(entry.key())) {
                problems.at(
                        entry.line(),
                        entry.column(),
                        path,
                        "duplicate field '" + entry.key() + "'");
            } else {
                entries.put(entry.key(), entry);
            }
        }
        return entries;
    }

    static String join(String label, String key) {
        return label.isEmpty() ? key : label + "." + key;
    }

    /**
     * {@code unknown field 'budgt'; did you mean 'budget'?}, or the known names when none is near.
     */
    static String unknownField(String key, List<String> known) {
        String shown = key.length() > 40 ? key.substring(0, 37) + "..." : key;
        return NearestName.among(key, known)
                .map(best -> "unknown field '" + shown + "'; did you mean '" + best + "'?")
                .orElseGet(
                        () ->
                                "unknown field '"
                                        + shown
                                        + "'; known: "
                                        + String.join(
                                                ", ",
                                                known.stream()
                                                        .sorted(
                                                                Comparator.comparing(
                                                                        n ->
                                                                                n.toLowerCase(
                                                                                        Locale
                                                                                                .ROOT)))
                                                        .toList()));
    }
}
