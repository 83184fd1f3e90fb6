package org.allyadvisor.policy;

import org.allyadvisor.facts.Dependence;

/**
 * Levels shared by the risk rules and escalations.
 *
 * @param highThreatLevel a threat level (1..5) at or above this is a high threat
 * @param reliabilityRiskFromDependence dependence on US capabilities at or above this makes reduced
 *     support a reliability risk (RISK-2)
 */
public record RiskPolicy(int highThreatLevel, Dependence reliabilityRiskFromDependence) {

    /**
     * Whether this much dependence on US capabilities is a reliability risk once support is
     * reduced.
     */
    @ReadsThresholds("reliabilityRiskFromDependence")
    public boolean isReliabilityRisk(Dependence dependence) {
        return dependence != null && dependence.compareTo(reliabilityRiskFromDependence) >= 0;
    }
}
