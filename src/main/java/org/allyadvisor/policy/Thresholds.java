package org.allyadvisor.policy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.allyadvisor.facts.SupportLevel;

/**
 * Every level, weight and cut-off the rules use, as read from the thresholds file of a rule set.
 * Each section is inserted into the rule session as a fact of its own, so a rule reads {@code
 * $budget : BudgetPolicy()} and compares with {@code $budget.floorPctGdp}.
 *
 * @param supportLevels what changes under each US support scenario: the rules' sections as they
 *     hold under a scenario are a {@code Thresholds} of their own (see {@code
 *     RuleSet.thresholds(SupportLevel)})
 */
public record Thresholds(
        BudgetPolicy budget,
        TechnologyPolicy technology,
        RegionalPolicy regional,
        DiplomacyPolicy diplomacy,
        InteroperabilityPolicy interoperability,
        UsAssistancePolicy usAssistance,
        DependencePolicy dependence,
        RiskPolicy risk,
        Map<SupportLevel, SupportLevelPolicy> supportLevels,
        ScoringPolicy scoring,
        EnginePolicy engine) {

    /** The sections the rules read, by name: the only ones a support scenario may change. */
    public static final List<String> RULE_SECTIONS =
            List.of(
                    "budget",
                    "technology",
                    "regional",
                    "diplomacy",
                    "interoperability",
                    "usAssistance",
                    "dependence",
                    "risk");

    public Thresholds {
        supportLevels = Collections.unmodifiableMap(new TreeMap<>(supportLevels));
    }

    /** The sections the rules match on, in file order (the order of {@link #RULE_SECTIONS}). */
    public List<Object> policyFacts() {
        return List.of(
                budget,
                technology,
                regional,
                diplomacy,
                interoperability,
                usAssistance,
                dependence,
                risk);
    }

    /** The scenario as the rules' words need it. */
    public SupportScenario scenario(SupportLevel level) {
        return new SupportScenario(level, supportLevels.get(level).phrase());
    }
}
