package org.allyadvisor.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * How many times each rule did something (fired, inserted a fact), to name the rule that ran away
 * when a session is stopped. Used by one session's thread only.
 */
final class RuleTally {

    private final Map<String, Long> counts = new HashMap<>();

    void add(String rule) {
        counts.merge(rule, 1L, Long::sum);
    }

    long of(String rule) {
        return counts.getOrDefault(rule, 0L);
    }

    /**
     * The rule counted most, or null when none was counted; ties go to the first name in order, for
     * stable messages.
     */
    String busiest() {
        return counts.entrySet().stream()
                .min(
                        Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
