package org.allyadvisor.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.FieldType;
import org.allyadvisor.facts.Region;
import org.allyadvisor.facts.Tie;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Risk;
import org.allyadvisor.rules.RuleSet;

/**
 * The numbers a swept value can be compared with, where advice may flip exactly. For a threshold:
 * every number of the facts and of the thresholds file. For a fact: every number of the thresholds
 * file and the other allies' values of the same field (rules that compare allies). For both, the
 * numbers of the baseline advice: its evidence, derived quantities among them, and its scores,
 * which the priority cut-offs are compared with. A superset: a number no rule compares with costs
 * two assessments and finds nothing.
 */
final class Candidates {

    private Candidates() {}

    /** For a threshold. */
    static List<BigDecimal> of(FactSet facts, RuleSet rules, Assessment baseline) {
        TreeSet<BigDecimal> numbers = new TreeSet<>();
        factNumbers(facts, numbers);
        common(rules, baseline, numbers);
        return new ArrayList<>(numbers);
    }

    /** For one field of the facts. */
    static List<BigDecimal> of(FactField field, FactSet facts, RuleSet rules, Assessment baseline) {
        TreeSet<BigDecimal> numbers = new TreeSet<>();
        facts.allies().forEach(ally -> add(numbers, field.value().apply(ally)));
        common(rules, baseline, numbers);
        return new ArrayList<>(numbers);
    }

    private static void factNumbers(FactSet facts, TreeSet<BigDecimal> numbers) {
        for (Ally ally : facts.allies()) {
            for (FactField field : FactSchema.allyFields()) {
                Object value = field.value().apply(ally);
                if (value instanceof Number n) {
                    add(numbers, n);
                } else if (field.type() == FieldType.NUMBER_BY_YEAR
                        && value instanceof Map<?, ?> byYear) {
                    byYear.values().forEach(v -> add(numbers, v));
                }
            }
        }
        for (Region region : facts.regions()) {
            add(numbers, region.emergingPowerActivity());
        }
        for (Tie tie : facts.ties()) {
            add(numbers, tie.strength());
        }
    }

    private static void common(RuleSet rules, Assessment baseline, TreeSet<BigDecimal> numbers) {
        rules.numericThresholds().values().forEach(t -> numbers.add(t.value()));
        for (AllyAssessment ally : baseline.allies()) {
            for (Action action : ally.actions()) {
                action.evidence().values().values().forEach(v -> add(numbers, v));
                add(numbers, action.score());
            }
            for (Risk risk : ally.risks()) {
                risk.evidence().values().values().forEach(v -> add(numbers, v));
                add(numbers, risk.score());
            }
        }
    }

    private static void add(TreeSet<BigDecimal> numbers, Object value) {
        if (value instanceof Double d && Double.isFinite(d)) {
            numbers.add(BigDecimal.valueOf(d));
        } else if (value instanceof Float f && Float.isFinite(f)) {
            numbers.add(new BigDecimal(Float.toString(f)));
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            numbers.add(BigDecimal.valueOf(((Number) value).longValue()));
        } else if (value instanceof BigDecimal b) {
            numbers.add(b);
        }
    }
}
