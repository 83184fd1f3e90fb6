package org.allyadvisor.policy;

import java.util.List;

/**
 * Every level, weight and cut-off the rules use, as read from the thresholds file of a rule set.
 * Each section is inserted into the rule session as a fact of its own, so a rule reads
 * {@code $budget : BudgetPolicy()} and compares with {@code $budget.floorPctGdp}.
 */
public record Thresholds(BudgetPolicy budget, TechnologyPolicy technology, RegionalPolicy regional,
                         DiplomacyPolicy diplomacy, InteroperabilityPolicy interoperability,
                         UsAssistancePolicy usAssistance, DependencePolicy dependence, RiskPolicy risk,
                         ScoringPolicy scoring, EnginePolicy engine) {

    /** The sections the rules match on, in file order. */
    public List<Object> policyFacts() {
        return List.of(budget, technology, regional, diplomacy, interoperability, usAssistance, dependence, risk);
    }
}
