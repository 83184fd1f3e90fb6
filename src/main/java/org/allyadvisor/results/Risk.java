package org.allyadvisor.results;

/**
 * A consequence of reduced US support that threatens one ally, explained like an action.
 *
 * @param level how serious, from the rule's severity, the threat level and the US support level
 * @param score the 0..100 score behind the level
 */
public record Risk(String ruleId, RiskKind kind, Priority level, double score, String rationale, Evidence evidence,
                   Source source, RuleRef rule) {
}
