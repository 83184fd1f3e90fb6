package org.allyadvisor.advice;

/**
 * A risk one rule sees for one ally, before it is scored.
 *
 * @param distance how far past its line the rule found the ally, or null when its condition has no
 *     degrees
 */
public record RiskProposal(
        String ally,
        String ruleName,
        String ruleId,
        RiskKind kind,
        Priority severity,
        String rationale,
        Evidence evidence,
        Distance distance) {

    /**
     * A consequence that leaves out a part of its advice fails at once, naming its rule, rather
     * than the results.
     */
    public RiskProposal {
        Advice.required(ally, "an ally");
        Advice.required(ruleName, "its rule");
        Advice.required(ruleId, "its rule's @id");
        Advice.required(kind, "a kind of risk");
        Advice.required(severity, "a severity (Priority.LOW, MEDIUM, HIGH or CRITICAL)");
        Advice.required(rationale, "a rationale");
        Advice.required(evidence, "its evidence");
    }

    /**
     * Hashes what names the risk — its ally, rule and kind — not its words and evidence: Drools
     * hashes every proposal a rule inserts logically, and equal proposals still hash alike.
     */
    @Override
    public int hashCode() {
        return (ally.hashCode() * 31 + ruleName.hashCode()) * 31 + kind.ordinal();
    }
}
