package org.allyadvisor.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Citation;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.DataGap;
import org.allyadvisor.results.Explanation;
import org.allyadvisor.results.Explanation.Miss;
import org.allyadvisor.results.Explanation.RuleTrail;
import org.allyadvisor.results.Explanation.WhyNot;
import org.allyadvisor.results.Risk;
import org.allyadvisor.results.RuleRef;
import org.allyadvisor.results.Source;
import org.allyadvisor.rules.ProbedRules;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.rules.RuleSetException;

/**
 * Explains what the rules said about one ally, and why not the rest: the ally is assessed as {@link
 * Assessor} assesses it, then the rules run again with the diagnostic queries of their own
 * conditions ({@link RuleSet#probed()}), which say which classifications each rule that fired
 * matched and, for each catalogue rule that gave the ally nothing, the condition that failed. The
 * queries are compiled on the first explanation of a rule set, never for an assessment. Stateless
 * between calls; many threads may share one explainer.
 */
public final class Explainer {

    private final RuleSet rules;
    private final Assessor assessor;

    /**
     * An explainer of {@code rules}; the diagnostic queries are compiled on its first explanation
     * (about as long as compiling the rule set) and kept with the rule set.
     *
     * @throws NullPointerException when {@code rules} is null
     */
    public Explainer(RuleSet rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.assessor = new Assessor(rules);
    }

    /**
     * @param ally the id of the ally to explain
     * @param options the support scenario and judgements as for an assessment; the allies and the
     *     number of actions it names are ignored (the ally is explained whole)
     * @throws IllegalArgumentException when the fact set has no such ally, or breaks the fact
     *     vocabulary
     * @throws RuleRunException when the rules run wild or fail, as for an assessment
     * @throws RuleSetException when the rules will not compile with their diagnostic queries
     */
    public Explanation explain(FactSet facts, String ally, AssessOptions options)
            throws RuleRunException, RuleSetException {
        return explain(facts, List.of(Objects.requireNonNull(ally, "ally")), options).get(0);
    }

    /**
     * Explains several allies of one fact set at once: the rules run once for all of them.
     *
     * @param allies the ids of the allies to explain, in the order wanted; empty for every ally, in
     *     the fact set's order
     * @see #explain(FactSet, String, AssessOptions)
     */
    public List<Explanation> explain(FactSet facts, List<String> allies, AssessOptions options)
            throws RuleRunException, RuleSetException {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(allies, "allies");
        Objects.requireNonNull(options, "options");
        AssessOptions these = options.withAllies(allies).withTop(null);
        Assessment assessment = assessor.assess(facts, these);
        FactSet scenario = Assessor.scenario(facts, these);
        ProbedRules probed = rules.probed();
        ConditionTrail trail =
                new ConditionTrail(
                        rules,
                        probed,
                        ProbeRows.run(rules, probed, scenario),
                        new ConstraintValues(probed.imports(), probed.classLoader()));
        List<String> ids =
                allies.isEmpty() ? scenario.allies().stream().map(Ally::id).toList() : allies;
        List<Explanation> explanations = new ArrayList<>();
        for (String id : ids) {
            explanations.add(explain(assessment, trail, scenario.ally(id).orElseThrow()));
        }
        return List.copyOf(explanations);
    }

    private Explanation explain(Assessment assessment, ConditionTrail trail, Ally subject) {
        AllyAssessment result = assessment.ally(subject.id()).orElseThrow();
        List<Explanation.ExplainedAction> actions = new ArrayList<>();
        Set<String> fired = new HashSet<>();
        for (Action action : result.actions()) {
            List<RuleTrail> trails = new ArrayList<>();
            for (Citation citation : action.citations()) {
                trails.add(
                        trail(
                                trail,
                                citation.ruleId(),
                                citation.rule(),
                                citation.source(),
                                subject));
            }
            actions.add(new Explanation.ExplainedAction(action, trails));
            fired.addAll(action.ruleIds());
        }
        List<Explanation.ExplainedRisk> risks = new ArrayList<>();
        for (Risk risk : result.risks()) {
            risks.add(
                    new Explanation.ExplainedRisk(
                            risk,
                            trail(trail, risk.ruleId(), risk.rule(), risk.source(), subject)));
            fired.add(risk.ruleId());
        }
        List<Coalition> coalitions =
                assessment.coalitions().stream()
                        .filter(c -> c.members().contains(subject.id()))
                        .toList();
        coalitions.forEach(c -> fired.add(c.ruleId()));
        return new Explanation(
                assessment.factSet(),
                assessment.rules(),
                new Explanation.AllyRef(result.id(), result.name(), result.region()),
                actions,
                risks,
                coalitions,
                result.dataGaps(),
                whyNot(trail, subject, fired, result.dataGaps()));
    }

    private static RuleTrail trail(
            ConditionTrail trail, String ruleId, RuleRef rule, Source source, Ally ally) {
        return new RuleTrail(ruleId, rule, source, trail.classifications(rule.name(), ally));
    }

    /**
     * For every catalogue id that gave the ally nothing, in catalogue order, what kept each of its
     * rules from firing.
     */
    private List<WhyNot> whyNot(
            ConditionTrail trail, Ally ally, Set<String> fired, List<DataGap> gaps) {
        Map<String, List<RuleInfo>> catalogue = new TreeMap<>(RuleIds.ORDER);
        catalogue.putAll(rules.catalogueById());
        List<WhyNot> whyNot = new ArrayList<>();
        catalogue.forEach(
                (id, written) -> {
                    if (fired.contains(id)) {
                        return;
                    }
                    List<String> missing =
                            gaps.stream()
                                    .filter(g -> g.rules().contains(id))
                                    .map(DataGap::field)
                                    .toList();
                    List<Miss> misses = new ArrayList<>();
                    for (RuleInfo rule : written) {
                        List<Miss> found = trail.misses(rule.name(), ally);
                        misses.addAll(
                                !found.isEmpty()
                                        ? found
                                        : List.of(
                                                new Miss(
                                                        rule.ref(),
                                                        Miss.Kind.CONDITIONS_HOLD,
                                                        "",
                                                        rule.file() + ":" + rule.line(),
                                                        null,
                                                        List.of(),
                                                        List.of())));
                    }
                    whyNot.add(new WhyNot(id, missing, misses));
                });
        return whyNot;
    }
}
