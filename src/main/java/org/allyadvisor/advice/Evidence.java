package org.allyadvisor.advice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allyadvisor.facts.Provenance;

/**
 * The values that made a rule fire, in the order the rule named them: fact values by their path
 * ({@code budget.defensePctGdp}), thresholds as {@code threshold.<section>.<name>}, the scenario as
 * {@code scenario.<name>}, values a rule computed as {@code derived.<name>}, and how far past its
 * line the rule found the ally as {@code distance.<measure>}. Each value is as the rule gave it (a
 * number, text, true or false, or a list), an enum value by its name ({@code MEDIUM}).
 *
 * @param values every value by name
 * @param origins where each fact value came from (sourced, derived, judgement, given), by the same
 *     name; thresholds, the scenario, computed values and distances have none
 */
public record Evidence(Map<String, Object> values, Map<String, Provenance> origins) {

    public Evidence {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
    }

    /** Evidence whose values have no declared origin. */
    public Evidence(Map<String, Object> values) {
        this(values, Map.of());
    }

    /** This evidence followed by what {@code other} adds; a value already here is kept. */
    public Evidence and(Evidence other) {
        Map<String, Object> merged = new LinkedHashMap<>(values);
        other.values.forEach(merged::putIfAbsent);
        Map<String, Provenance> mergedOrigins = new LinkedHashMap<>(origins);
        other.origins.forEach(mergedOrigins::putIfAbsent);
        return new Evidence(merged, mergedOrigins);
    }

    /** The same values with these origins in place of the ones known so far. */
    public Evidence withOrigins(Map<String, Provenance> newOrigins) {
        return new Evidence(values, newOrigins);
    }

    /** The fact values that are analysts' judgements, not published or derived figures. */
    public List<String> judgements() {
        return origins.entrySet().stream()
                .filter(e -> e.getValue().isJudgement())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Whether any fact value here is an analyst's judgement ({@link #judgements()} names them). */
    public boolean restsOnJudgement() {
        return origins.values().stream().anyMatch(Provenance::isJudgement);
    }
}
