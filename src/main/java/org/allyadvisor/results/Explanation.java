package org.allyadvisor.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the rules said about one ally, and why: each action and risk with the rules behind it
 * (where they are written, the article passage, the classifications they matched, the evidence and
 * the score's arithmetic), and for every catalogue rule that gave the ally nothing, the condition
 * that failed or the facts that are missing. The same content as {@code explain --format json}
 * ({@value #SCHEMA}).
 *
 * @param factSet what was assessed, under which US support scenario
 * @param rules which rules assessed it
 * @param ally the ally's id, name and region
 * @param actions its actions by rank, each with its rules' trails
 * @param risks its risks, each with its rule's trail
 * @param coalitions the coalition opportunities it is a member of
 * @param dataGaps the facts it lacks, each with the rules they kept from being evaluated
 * @param whyNot every catalogue id that gave it no action, risk or coalition, in catalogue order
 */
public record Explanation(
        Assessment.FactSetSummary factSet,
        Assessment.RuleSetSummary rules,
        AllyRef ally,
        List<ExplainedAction> actions,
        List<ExplainedRisk> risks,
        List<Coalition> coalitions,
        List<DataGap> dataGaps,
        List<WhyNot> whyNot) {

    public static final String SCHEMA = "ally-advisor/explanation/1";

    public Explanation {
        actions = List.copyOf(actions);
        risks = List.copyOf(risks);
        coalitions = List.copyOf(coalitions);
        dataGaps = List.copyOf(dataGaps);
        whyNot = List.copyOf(whyNot);
    }

    /** The ally explained. */
    public record AllyRef(String id, String name, String region) {}

    /** An action with the trail of each rule that asks for it, the deciding rule first. */
    public record ExplainedAction(Action action, List<RuleTrail> trails) {

        public ExplainedAction {
            trails = List.copyOf(trails);
        }
    }

    /** A risk with the trail of its rule. */
    public record ExplainedRisk(Risk risk, RuleTrail trail) {}

    /**
     * How one rule reached the ally: the rule, the passage it encodes, and the classifications
     * (facts other rules derived, such as {@code SpendingBelowFloor}) its conditions matched.
     */
    public record RuleTrail(
            String ruleId, RuleRef rule, Source source, List<Classification> classifications) {

        public RuleTrail {
            classifications = List.copyOf(classifications);
        }
    }

    /**
     * A fact a rule derived and another rule matched.
     *
     * @param type the declared type ({@code UsDependence})
     * @param fields its fields as declared, with their values
     * @param by the rule that derives it, or null when none of the rule set's rules is known to
     */
    public record Classification(String type, Map<String, Object> fields, RuleRef by) {

        public Classification {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /**
     * Why a catalogue id gave the ally nothing.
     *
     * @param ruleId the catalogue id
     * @param missingFacts the facts the ally lacks that kept every rule of the id from being
     *     evaluated (its data gaps); empty when the rules could be evaluated
     * @param rules each rule written for the id, with what kept it from firing
     */
    public record WhyNot(String ruleId, List<String> missingFacts, List<Miss> rules) {

        public WhyNot {
            missingFacts = List.copyOf(missingFacts);
            rules = List.copyOf(rules);
        }
    }

    /**
     * What kept one rule from firing for the ally: the first of its conditions, in the order
     * written, that holds for no fact of the ally.
     *
     * @param rule the rule
     * @param kind what sort of failure
     * @param condition the condition as written ({@code Ally( $id : id, ... )})
     * @param at where the condition, or the failing test in it, is written: {@code
     *     file:line:column}
     * @param test the test that fails, as written, or null when the condition fails as a whole
     * @param observed what the facts hold for the test: one per fact it was tried on
     * @param because for a classification no rule derived for the ally: why each rule that derives
     *     it did not
     * @param as for a rule that matches several allies at once (a pair of neighbours), the fact
     *     type through which the ally is followed in this miss ({@code WeakCapabilityInRegion}):
     *     such a rule has a miss for each part the ally could play; null for a rule about one ally
     */
    public record Miss(
            RuleRef rule,
            Kind kind,
            String condition,
            String at,
            String test,
            List<Observation> observed,
            List<Miss> because,
            String as) {

        public Miss {
            observed = List.copyOf(observed);
            because = List.copyOf(because);
        }

        public Miss(
                RuleRef rule,
                Kind kind,
                String condition,
                String at,
                String test,
                List<Observation> observed,
                List<Miss> because) {
            this(rule, kind, condition, at, test, observed, because, null);
        }

        /** The same miss, with the ally followed as the fact of type {@code type}. */
        public Miss as(String type) {
            return new Miss(rule, kind, condition, at, test, observed, because, type);
        }

        /** Why a rule gave the ally nothing, in the terms {@code explain} words it in. */
        public enum Kind {
            /** a fact the test needs is missing: a data gap */
            MISSING_FACT,
            /** a comparison of two values fails: the value, the threshold, and how far apart */
            THRESHOLD,
            /** another test fails */
            CONDITION,
            /**
             * no fact of the pattern's type exists for the ally (a classification no rule derived)
             */
            NO_FACT,
            /** a {@code not} condition is contradicted: facts exist that it says must not */
            BLOCKED,
            /** the rule's conditions hold for the ally, yet its consequence gave it nothing */
            CONDITIONS_HOLD
        }
    }

    /**
     * One try of a failing test on a fact.
     *
     * @param fact the fact tried, in a word ({@code Ally BEL}, {@code CapabilityLevel BEL
     *     cyberDefense})
     * @param left the left side of the comparison as written, or the whole test
     * @param leftValue its value (null when missing)
     * @param operator the comparison ({@code <}, {@code ==}, {@code in}, ...), or null for a test
     *     that is not a comparison
     * @param right the right side as written (often a threshold), or null
     * @param rightValue its value
     * @param threshold the threshold's name when the right side reads one ({@code
     *     budget.floorPctGdp}), or null
     * @param distance how far the two values are apart when both are numbers, or null
     * @param values for a test that is not a comparison, the values it reads, by name as written
     */
    public record Observation(
            String fact,
            String left,
            Object leftValue,
            String operator,
            String right,
            Object rightValue,
            String threshold,
            Double distance,
            Map<String, Object> values) {

        public Observation {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }
}
