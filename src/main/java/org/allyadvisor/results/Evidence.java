package org.allyadvisor.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values that made a rule fire, in the order the rule named them: fact values by their path
 * ({@code budget.defensePctGdp}), thresholds as {@code threshold.<section>.<name>}, the scenario
 * as {@code scenario.<name>}, values a rule computed as {@code derived.<name>}, and how far past
 * its line the rule found the ally as {@code distance.<measure>}.
 */
public record Evidence(Map<String, Object> values) {

    public Evidence {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** This evidence followed by what {@code other} adds; a value already here is kept. */
    public Evidence and(Evidence other) {
        Map<String, Object> merged = new LinkedHashMap<>(values);
        other.values.forEach(merged::putIfAbsent);
        return new Evidence(merged);
    }
}
