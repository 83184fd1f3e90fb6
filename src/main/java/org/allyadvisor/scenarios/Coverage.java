package org.allyadvisor.scenarios;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which catalogue rules the scenarios exercise: for each rule id, the cases in which it gave advice
 * (an action, a risk or a coalition) to any ally of the case's facts.
 *
 * @param firedBy every catalogue id of the rules, in id order, with the titles of the cases that
 *     made it fire (empty for a rule no case exercises)
 */
public record Coverage(Map<String, List<String>> firedBy) {

    public Coverage {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        firedBy.forEach((id, cases) -> copy.put(id, List.copyOf(cases)));
        firedBy = Collections.unmodifiableMap(copy);
    }

    /** The catalogue ids no case made fire, in id order. */
    public List<String> unexercised() {
        return firedBy.entrySet().stream()
                .filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
    }

    public int fired() {
        return firedBy.size() - unexercised().size();
    }

    /**
     * The share of catalogue rules some case made fire, 0..100; 100 for a rule set without
     * catalogue rules.
     */
    public double percent() {
        return firedBy.isEmpty() ? 100.0 : 100.0 * fired() / firedBy.size();
    }

    /** Whether fewer than {@code minimum} percent of the catalogue rules fired. */
    public boolean isBelow(double minimum) {
        return percent() < minimum;
    }
}
