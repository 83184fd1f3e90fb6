package org.allyadvisor.policy;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.allyadvisor.advice.Distance;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.results.Scoring;

/**
 * How a rule's severity, the ally's threat level, the US support level and how far the ally is past
 * the rule's line make a score (0..100) and a priority: score = 100 × severity weight × threat
 * weight × support weight × distance weight.
 *
 * @param severity weight of each severity a rule can ask for
 * @param threatLevel weight of each threat level 1..5
 * @param unknownThreat weight when the ally's threat level is a data gap
 * @param supportLevel weight of each US support level
 * @param distance weight of the distance past the line
 * @param priorityFrom the lowest score that earns each priority above LOW
 */
public record ScoringPolicy(
        Map<Priority, Double> severity,
        Map<Integer, Double> threatLevel,
        double unknownThreat,
        Map<SupportLevel, Double> supportLevel,
        DistancePolicy distance,
        Map<Priority, Double> priorityFrom) {

    public ScoringPolicy {
        severity = Collections.unmodifiableMap(new TreeMap<>(severity));
        threatLevel = Collections.unmodifiableMap(new TreeMap<>(threatLevel));
        supportLevel = Collections.unmodifiableMap(new TreeMap<>(supportLevel));
        priorityFrom = Collections.unmodifiableMap(new TreeMap<>(priorityFrom));
    }

    /**
     * The score of a severity for an ally under a support level, at a distance past the line.
     *
     * @param stated the distance the rule stated, or null for a rule whose condition has no degrees
     */
    public Scoring score(
            Priority ruleSeverity, Integer allyThreatLevel, SupportLevel support, Distance stated) {
        double threat = allyThreatLevel == null ? unknownThreat : threatLevel.get(allyThreatLevel);
        return new Scoring(
                ruleSeverity,
                severity.get(ruleSeverity),
                allyThreatLevel,
                threat,
                support,
                supportLevel.get(support),
                stated,
                stated == null ? null : distance.fullOf(stated.measure()),
                distance.weight(stated));
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
