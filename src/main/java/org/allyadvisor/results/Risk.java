package org.allyadvisor.results;

import org.allyadvisor.advice.Evidence;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.advice.RiskKind;

/**
 * A consequence of reduced US support that threatens one ally, explained like an action.
 *
 * @param level how serious, from the rule's severity, the threat level, the US support level and
 *     the distance past the line
 * @param score the 0..100 score behind the level
 * @param scoring the arithmetic behind the score
 */
public record Risk(
        String ruleId,
        RiskKind kind,
        Priority level,
        double score,
        Scoring scoring,
        String rationale,
        Evidence evidence,
        Source source,
        RuleRef rule) {}
