package org.allyadvisor.engine;

import org.allyadvisor.results.Evidence;
import org.allyadvisor.results.Priority;
import org.allyadvisor.results.RiskKind;

/** A risk one rule sees for one ally, before it is scored. */
public record RiskProposal(String ally, String ruleName, String ruleId, RiskKind kind, Priority severity,
                           String rationale, Evidence evidence) {
}
