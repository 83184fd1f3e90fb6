package org.allyadvisor.policy;

/**
 * Levels shared by the risk rules and escalations.
 *
 * @param highThreatLevel a threat level (1..5) at or above this is a high threat
 */
public record RiskPolicy(int highThreatLevel) {
}
