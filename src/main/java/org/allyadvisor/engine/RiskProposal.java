package org.allyadvisor.engine;

import org.allyadvisor.results.Distance;
import org.allyadvisor.results.Evidence;
import org.allyadvisor.results.Priority;
import org.allyadvisor.results.RiskKind;

/**
 * A risk one rule sees for one ally, before it is scored.
 *
 * @param distance how far past its line the rule found the ally, or null when its condition has no degrees
 */
public record RiskProposal(String ally, String ruleName, String ruleId, RiskKind kind, Priority severity,
                           String rationale, Evidence evidence, Distance distance) {
}
