package org.allyadvisor.facts.read;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Field names: which keys a place allows, and what to suggest for a misspelt one. */
final class Keys {

    private Keys() {
    }

    /**
     * The known entries of a mapping by key. Unknown keys are reported with the nearest known
     * name; a repeated key is reported and its first value kept.
     */
    static Map<String, Node.Entry> known(Node.Mapping mapping, List<String> known, String label, Problems problems) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        for (Node.Entry entry : mapping.entries()) {
            String path = join(label, entry.key());
            if (!known.contains(entry.key())) {
                problems.at(entry.line(), entry.column(), path, unknownField(entry.key(), known));
            } else if (entries.containsKey(entry.key())) {
                problems.at(entry.line(), entry.column(), path, "duplicate field '" + entry.key() + "'");
            } else {
                entries.put(entry.key(), entry);
            }
        }
        return entries;
    }

    static String join(String label, String key) {
        return label.isEmpty() ? key : label + "." + key;
    }

    /** {@code unknown field 'budgt'; did you mean 'budget'?}, or the known names when none is near. */
    static String unknownField(String key, List<String> known) {
        String shown = key.length() > 40 ? key.substring(0, 37) + "..." : key;
        String lower = key.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            String candidate = name.toLowerCase(Locale.ROOT);
            int distance = distance(lower, candidate);
            // A cut-off name ("defensePct" for "defensePctGdp") is near however many letters are missing.
            boolean near = (distance <= Math.max(2, key.length() / 4) && distance < key.length())
                    || (key.length() >= 4 && candidate.startsWith(lower));
            if (near && distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return "unknown field '" + shown + "'; did you mean '" + best + "'?";
        }
        List<String> sorted = known.stream().sorted(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT))).toList();
        return "unknown field '" + shown + "'; known: " + String.join(", ", sorted);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
