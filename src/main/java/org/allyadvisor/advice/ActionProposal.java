package org.allyadvisor.advice;

/**
 * What one rule asks one ally to do, before proposals for the same thing are merged and scored.
 *
 * @param key a short name for the thing asked ({@code raise-to-floor}); rules that ask the same
 *     thing of an ally use the same key and category, and become one action
 * @param distance how far past its line the rule found the ally, or null when its condition has no
 *     degrees
 */
public record ActionProposal(
        String ally,
        String ruleName,
        String ruleId,
        Category category,
        String key,
        Priority severity,
        String title,
        String rationale,
        Evidence evidence,
        Distance distance) {

    /**
     * A consequence that leaves out a part of its advice fails at once, naming its rule, rather
     * than the results.
     */
    public ActionProposal {
        Advice.required(ally, "an ally");
        Advice.required(ruleName, "its rule");
        Advice.required(ruleId, "its rule's @id");
        Advice.required(category, "a category");
        Advice.required(key, "a key");
        Advice.required(severity, "a severity (Priority.LOW, MEDIUM, HIGH or CRITICAL)");
        Advice.required(title, "a title");
        Advice.required(rationale, "a rationale");
        Advice.required(evidence, "its evidence");
    }

    /**
     * Hashes what names the proposal — its ally, rule and key — not its words and evidence: Drools
     * hashes every proposal a rule inserts logically, and equal proposals still hash alike.
     */
    @Override
    public int hashCode() {
        return (ally.hashCode() * 31 + ruleName.hashCode()) * 31 + key.hashCode();
    }
}
