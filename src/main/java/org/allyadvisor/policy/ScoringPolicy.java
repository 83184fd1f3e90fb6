package org.allyadvisor.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.results.Priority;

/**
 * How a rule's severity, the ally's threat level and the US support level make a score (0..100)
 * and a priority: score = 100 × severity weight × threat weight × support weight.
 *
 * @param severity        weight of each severity a rule can ask for
 * @param threatLevel     weight of each threat level 1..5
 * @param unknownThreat   weight when the ally's threat level is a data gap
 * @param supportLevel    weight of each US support level
 * @param priorityFrom    the lowest score that earns each priority above LOW
 */
public record ScoringPolicy(Map<Priority, Double> severity, Map<Integer, Double> threatLevel, double unknownThreat,
                            Map<SupportLevel, Double> supportLevel, Map<Priority, Double> priorityFrom) {

    public ScoringPolicy {
        severity = Collections.unmodifiableMap(new TreeMap<>(severity));
        threatLevel = Collections.unmodifiableMap(new TreeMap<>(threatLevel));
        supportLevel = Collections.unmodifiableMap(new TreeMap<>(supportLevel));
        priorityFrom = Collections.unmodifiableMap(new TreeMap<>(priorityFrom));
    }

    /** The score, rounded to one decimal, of a severity for an ally under a support level. */
    public double score(Priority ruleSeverity, Integer allyThreatLevel, SupportLevel support) {
        double threat = allyThreatLevel == null ? unknownThreat : threatLevel.get(allyThreatLevel);
        double raw = 100.0 * severity.get(ruleSeverity) * threat * supportLevel.get(support);
        return BigDecimal.valueOf(raw).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The priority a score earns. */
    public Priority priorityOf(double score) {
        for (Priority p : new Priority[] {Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM}) {
            if (score >= priorityFrom.get(p)) {
                return p;
            }
        }
        return Priority.LOW;
    }
}
