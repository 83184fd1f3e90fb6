package org.allyadvisor.facts;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The declared uncertainty of a fact set's values, by ally and field path: the ranges within which
 * a study of how firm the advice is may vary them. A value with no range is taken as exact.
 *
 * @param allies per ally id, per field path, the range its value may vary within
 */
public record FactRanges(Map<String, Map<String, FactRange>> allies) {

    public static final FactRanges NONE = new FactRanges(Map.of());

    public FactRanges {
        Map<String, Map<String, FactRange>> copy = new TreeMap<>();
        allies.forEach(
                (ally, fields) -> {
                    if (!fields.isEmpty()) {
                        copy.put(ally, Collections.unmodifiableMap(new TreeMap<>(fields)));
                    }
                });
        allies = Collections.unmodifiableMap(copy);
    }

    /** The range an ally's field may vary within, if one is declared. */
    public Optional<FactRange> of(String ally, String field) {
        return Optional.ofNullable(allies.getOrDefault(ally, Map.of()).get(field));
    }

    /** The ranges declared for one ally, by field path in path order. */
    public Map<String, FactRange> ofAlly(String ally) {
        return allies.getOrDefault(ally, Map.of());
    }

    public boolean isEmpty() {
        return allies.isEmpty();
    }
}
