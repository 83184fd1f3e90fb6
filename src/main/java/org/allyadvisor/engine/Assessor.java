package org.allyadvisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Capability;
import org.allyadvisor.facts.CapabilityLevel;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.FactSetChecks;
import org.allyadvisor.facts.Meta;
import org.allyadvisor.facts.Scenario;
import org.allyadvisor.facts.Tie;
import org.allyadvisor.policy.Thresholds;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.RuleRef;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * Runs fact sets through a rule set. One assessor per rule set; it keeps no state between
 * calls, so many threads may share it, each call taking a rule session of its own.
 */
public final class Assessor {

    private final RuleSet rules;
    private final DataGapFinder gaps;

    public Assessor(RuleSet rules) {
        this.rules = rules;
        this.gaps = new DataGapFinder(rules);
    }

    public Assessment assess(FactSet facts) throws RuleRunException {
        return assess(facts, AssessOptions.DEFAULTS);
    }

    /**
     * @throws IllegalArgumentException when facts built in code break the fact vocabulary (a value
     *                                  out of range, a duplicate id, a tie to no ally of the set), or
     *                                  {@code options} name an ally the fact set does not have
     * @throws RunawayRulesException    when the rules fire more than the thresholds allow ({@code engine.ruleFirings})
     * @throws RuleFailedException      when a rule throws while it is evaluated or fired
     */
    public Assessment assess(FactSet facts, AssessOptions options) throws RuleRunException {
        List<String> unsound = FactSetChecks.problems(facts);
        if (!unsound.isEmpty()) {
            throw new IllegalArgumentException("facts break the fact vocabulary: " + String.join("; ", unsound));
        }
        for (String id : options.allies()) {
            if (facts.ally(id).isEmpty()) {
                throw new IllegalArgumentException("no ally '" + id + "' in the fact set");
            }
        }
        FactSet scenario = options.support() == null ? facts
                : facts.withMeta(facts.meta().withSupportLevel(options.support()));
        Assessment.Judgements judgements = !facts.provenance().hasJudgements() ? Assessment.Judgements.NONE
                : options.withoutJudgements() ? Assessment.Judgements.EXCLUDED : Assessment.Judgements.INCLUDED;
        if (options.withoutJudgements()) {
            scenario = scenario.withoutJudgements();
        }
        Proposals proposals = run(scenario);
        return new ResultAssembler(rules, gaps, scenario, options, judgements).assemble(proposals);
    }

    private Proposals run(FactSet facts) throws RuleRunException {
        RunLimits limits = new RunLimits(rules.thresholds().engine(), facts.allies().size());
        FiringGuard guard = new FiringGuard(limits.ruleFirings());
        KieSession session = rules.newSession();
        try {
            session.addEventListener(guard);
            try {
                insertFacts(session, facts);
                session.fireAllRules();
            } catch (ConsequenceException failure) {
                throw new RuleFailedException(where(failure.getRule().getName()), failure);
            } catch (RuntimeException failure) {
                // a constraint that throws while facts are matched: Drools does not say whose it is
                throw new RuleFailedException(null, failure);
            }
            if (guard.tripped()) {
                String culprit = guard.busiestRule();
                throw new RunawayRulesException(where(culprit), guard.firingsOf(culprit), limits);
            }
            Proposals proposals = new Proposals(
                    query(session, "action proposals", ActionProposal.class),
                    query(session, "risk proposals", RiskProposal.class),
                    query(session, "coalition proposals", CoalitionProposal.class));
            requireWeighedDistances(proposals);
            return proposals;
        } finally {
            session.dispose();
        }
    }

    /**
     * Loading checks every distance a rule file names as a literal; one named any other way is
     * caught here, before scoring, and blamed on its rule.
     */
    private void requireWeighedDistances(Proposals proposals) throws RuleFailedException {
        Set<String> weighed = rules.thresholds().scoring().distance().full().keySet();
        Map<String, String> unweighed = new TreeMap<>(); // rule name -> measure, so the same rule is blamed every run
        proposals.actions().stream().filter(p -> p.distance() != null && !weighed.contains(p.distance().measure()))
                .forEach(p -> unweighed.putIfAbsent(p.ruleName(), p.distance().measure()));
        proposals.risks().stream().filter(p -> p.distance() != null && !weighed.contains(p.distance().measure()))
                .forEach(p -> unweighed.putIfAbsent(p.ruleName(), p.distance().measure()));
        if (!unweighed.isEmpty()) {
            Map.Entry<String, String> first = unweighed.entrySet().iterator().next();
            throw new RuleFailedException(where(first.getKey()), new IllegalArgumentException("distance '"
                    + first.getValue() + "' has no full distance in scoring.distance.full"));
        }
    }

    private RuleRef where(String ruleName) {
        return rules.rule(ruleName).map(RuleInfo::ref).orElse(new RuleRef(ruleName, "", 0));
    }

    private void insertFacts(KieSession session, FactSet facts) {
        Meta meta = facts.meta();
        session.insert(new Scenario(meta.usSupportLevel(), meta.asOf() == null ? null : meta.asOf().getYear()));
        // the rules read the thresholds as the run's support scenario changes them, and its words
        Thresholds thresholds = rules.thresholds(meta.usSupportLevel());
        thresholds.policyFacts().forEach(session::insert);
        session.insert(thresholds.scenario(meta.usSupportLevel()));
        facts.regions().forEach(session::insert);
        for (Ally ally : facts.allies()) {
            session.insert(ally);
            for (Capability capability : Capability.values()) {
                Integer maturity = ally.capabilities().maturity(capability);
                if (maturity != null) {
                    session.insert(new CapabilityLevel(ally.id(), capability, maturity));
                }
            }
        }
        for (Tie tie : facts.ties()) {
            session.insert(tie);
        }
    }

    private static <T> List<T> query(KieSession session, String name, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (QueryResultsRow row : session.getQueryResults(name)) {
            found.add(type.cast(row.get("$proposal")));
        }
        return found;
    }

    /** What the rules inserted, read back after they ran. */
    record Proposals(List<ActionProposal> actions, List<RiskProposal> risks, List<CoalitionProposal> coalitions) {
    }
}
