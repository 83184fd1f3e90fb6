package org.allyadvisor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.allyadvisor.advice.ActionProposal;
import org.allyadvisor.advice.CoalitionProposal;
import org.allyadvisor.advice.Distance;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.advice.RiskProposal;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.policy.ScoringPolicy;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Citation;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.DataGap;
import org.allyadvisor.results.PortfolioEntry;
import org.allyadvisor.results.Risk;
import org.allyadvisor.results.Scoring;
import org.allyadvisor.results.Source;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;

/**
 * Turns what the rules proposed into the result: merges proposals for the same thing, scores and
 * ranks them, lists data gaps, and orders everything totally so output is reproducible.
 */
final class ResultAssembler {

    /**
     * Most urgent first: score, then priority, then the distance past the line (as a share of the
     * full distance, so measures compare), then id. The id makes the order total: it names the
     * ally, so equal actions of several allies never fall back on input order.
     */
    private static final Comparator<Action> ACTION_ORDER =
            Comparator.comparingDouble(Action::score)
                    .reversed()
                    .thenComparing(Action::priority, Comparator.reverseOrder())
                    .thenComparing(
                            Comparator.comparingDouble((Action a) -> a.scoring().distanceRatio())
                                    .reversed())
                    .thenComparing(Action::id);

    private static final Comparator<Risk> RISK_ORDER =
            Comparator.comparingDouble(Risk::score)
                    .reversed()
                    .thenComparing(Risk::level, Comparator.reverseOrder())
                    .thenComparing(
                            Comparator.comparingDouble((Risk r) -> r.scoring().distanceRatio())
                                    .reversed())
                    .thenComparing(Risk::ruleId, RuleIds.ORDER)
                    .thenComparing(Risk::kind);

    private final RuleSet rules;
    private final DataGapFinder gaps;
    private final FactSet facts;
    private final AssessOptions options;
    private final ScoringPolicy scoring;
    private final EvidenceOrigins origins;

    private final Assessment.Judgements judgements;

    ResultAssembler(
            RuleSet rules,
            DataGapFinder gaps,
            FactSet facts,
            AssessOptions options,
            Assessment.Judgements judgements) {
        this.judgements = judgements;
        this.rules = rules;
        this.gaps = gaps;
        this.facts = facts;
        this.options = options;
        this.scoring = rules.thresholds().scoring();
        this.origins = new EvidenceOrigins(facts);
    }

    Assessment assemble(Assessor.Proposals proposals) {
        Set<String> asked = Set.copyOf(options.allies()); // a set: every ally may be asked for
        List<Ally> reported =
                asked.isEmpty()
                        ? facts.allies()
                        : facts.allies().stream().filter(a -> asked.contains(a.id())).toList();
        Map<String, List<ActionProposal>> actionsByAlly =
                proposals.actions().stream().collect(Collectors.groupingBy(ActionProposal::ally));
        Map<String, List<RiskProposal>> risksByAlly =
                proposals.risks().stream().collect(Collectors.groupingBy(RiskProposal::ally));

        Map<String, Set<String>> coalitionRulesByAlly = new java.util.HashMap<>();
        proposals
                .coalitions()
                .forEach(
                        c ->
                                c.members()
                                        .forEach(
                                                m ->
                                                        coalitionRulesByAlly
                                                                .computeIfAbsent(
                                                                        m,
                                                                        k ->
                                                                                new java.util
                                                                                        .HashSet<>())
                                                                .add(c.ruleId())));
        List<AllyAssessment> allies = new ArrayList<>();
        for (Ally ally : reported) {
            List<ActionProposal> allyActions = actionsByAlly.getOrDefault(ally.id(), List.of());
            List<RiskProposal> allyRisks = risksByAlly.getOrDefault(ally.id(), List.of());
            List<DataGap> allyGaps = gaps.find(ally, facts);
            Set<String> spoke =
                    new java.util.HashSet<>(coalitionRulesByAlly.getOrDefault(ally.id(), Set.of()));
            allyActions.forEach(p -> spoke.add(p.ruleId()));
            allyRisks.forEach(p -> spoke.add(p.ruleId()));
            allyGaps.forEach(g -> spoke.addAll(g.rules()));
            allies.add(
                    new AllyAssessment(
                            ally.id(),
                            ally.name(),
                            ally.region(),
                            actions(ally, allyActions),
                            risks(ally, allyRisks),
                            allyGaps,
                            rules.catalogueById().keySet().stream()
                                    .filter(id -> !spoke.contains(id))
                                    .toList()));
        }
        Set<String> reportedIds = reported.stream().map(Ally::id).collect(Collectors.toSet());
        return new Assessment(
                new Assessment.FactSetSummary(
                        facts.meta().title(),
                        facts.meta().asOf(),
                        facts.meta().usSupportLevel(),
                        judgements),
                new Assessment.RuleSetSummary(
                        rules.source(),
                        rules.sha256(),
                        rules.thresholds()
                                .supportLevels()
                                .get(facts.meta().usSupportLevel())
                                .overrides()),
                allies,
                coalitions(proposals.coalitions(), reportedIds),
                portfolio(allies));
    }

    private List<Action> actions(Ally ally, List<ActionProposal> proposals) {
        Map<String, List<ActionProposal>> byThing =
                proposals.stream()
                        .collect(
                                Collectors.groupingBy(
                                        p -> ally.id() + "/" + p.category() + "/" + p.key()));
        List<Action> actions = new ArrayList<>();
        byThing.forEach((id, same) -> actions.add(merge(id, ally, same)));
        actions.sort(ACTION_ORDER);
        List<Action> reported = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            Action ranked =
                    actions.get(i).withRank(i + 1); // ranked among all, whatever is reported
            if (options.reports(ranked.category(), ranked.priority())) {
                reported.add(ranked);
            }
        }
        return options.top() == null || options.top() >= reported.size()
                ? reported
                : reported.subList(0, options.top());
    }

    /**
     * Several rules asking an ally for the same thing: one action that cites them all, scored by
     * the rule that makes it most urgent (the highest score; then the most severe, then by id).
     */
    private Action merge(String id, Ally ally, List<ActionProposal> same) {
        // a handful of proposals at most: equal ones are found by comparing, not by hashing whole
        // records
        List<Scored> scored = new ArrayList<>(same.size());
        for (ActionProposal p : same) {
            if (scored.stream().noneMatch(s -> s.proposal().equals(p))) {
                scored.add(new Scored(p, score(p.severity(), ally, p.distance())));
            }
        }
        scored.sort(
                Comparator.comparingDouble((Scored s) -> s.scoring().score())
                        .reversed()
                        .thenComparing(s -> s.proposal().severity(), Comparator.reverseOrder())
                        .thenComparing(s -> s.proposal().ruleId(), RuleIds.ORDER)
                        .thenComparing(s -> s.proposal().ruleName())
                        .thenComparing(s -> s.proposal().rationale()));
        List<ActionProposal> ordered = scored.stream().map(Scored::proposal).toList();
        ActionProposal lead = ordered.get(0);
        Scoring decisive = scored.get(0).scoring();
        List<String> ruleIds =
                ordered.stream()
                        .map(ActionProposal::ruleId)
                        .distinct()
                        .sorted(RuleIds.ORDER)
                        .toList();
        String rationale =
                ordered.stream()
                        .map(ActionProposal::rationale)
                        .distinct()
                        .collect(Collectors.joining(" "));
        var evidence =
                origins.of(
                        ordered.stream()
                                .map(ActionProposal::evidence)
                                .reduce((a, b) -> a.and(b))
                                .orElseThrow(),
                        ally.id());
        RuleInfo rule = ruleNamed(lead.ruleName());
        List<Citation> citations =
                ordered.stream()
                        .map(ActionProposal::ruleName)
                        .distinct()
                        .map(this::ruleNamed)
                        .map(r -> new Citation(r.id(), r.ref(), source(r)))
                        .toList();
        return new Action(
                0,
                id,
                ruleIds,
                lead.category(),
                scoring.priorityOf(decisive.score()),
                decisive.score(),
                decisive,
                lead.title(),
                rationale,
                evidence,
                source(rule),
                rule.ref(),
                citations);
    }

    /** A proposal with its score, while proposals for one action are merged. */
    private record Scored(ActionProposal proposal, Scoring scoring) {}

    private List<Risk> risks(Ally ally, List<RiskProposal> proposals) {
        return proposals.stream()
                .distinct()
                .map(
                        p -> {
                            Scoring scored = score(p.severity(), ally, p.distance());
                            RuleInfo rule = ruleNamed(p.ruleName());
                            return new Risk(
                                    p.ruleId(),
                                    p.kind(),
                                    scoring.priorityOf(scored.score()),
                                    scored.score(),
                                    scored,
                                    p.rationale(),
                                    origins.of(p.evidence(), ally.id()),
                                    source(rule),
                                    rule.ref());
                        })
                .filter(risk -> options.reports(risk.level()))
                .sorted(RISK_ORDER)
                .toList();
    }

    /**
     * The score's arithmetic, saying so when the threat level it weighs is an analyst's judgement.
     */
    private Scoring score(Priority severity, Ally ally, Distance distance) {
        Scoring scored =
                scoring.score(
                        severity, ally.threat().level(), facts.meta().usSupportLevel(), distance);
        return ally.threat().level() != null
                        && facts.provenance().ofAlly(ally.id(), "threat.level").isJudgement()
                ? scored.withThreatJudged()
                : scored;
    }

    private List<Coalition> coalitions(List<CoalitionProposal> proposals, Set<String> reported) {
        Map<String, Coalition> unique = new TreeMap<>();
        for (CoalitionProposal p : proposals) {
            if (p.members().stream().noneMatch(reported::contains)) {
                continue;
            }
            String key =
                    p.region() + "/" + p.capability().field() + "/" + String.join("+", p.members());
            RuleInfo rule = ruleNamed(p.ruleName());
            unique.putIfAbsent(
                    key,
                    new Coalition(
                            p.ruleId(),
                            p.region(),
                            p.capability().field(),
                            p.members(),
                            p.rationale(),
                            origins.of(p.evidence(), null),
                            source(rule),
                            rule.ref()));
        }
        return List.copyOf(unique.values());
    }

    /**
     * Every reported action across allies, in the order that ranks one ally's actions. Gathered
     * ally by ally, each ally's already in that order, so the sort merges runs rather than sorting
     * afresh; the order is total (an action's id names its ally), so the result does not depend on
     * it.
     */
    private static List<PortfolioEntry> portfolio(List<AllyAssessment> allies) {
        record Held(String ally, Action action) {}
        List<Held> all = new ArrayList<>();
        allies.forEach(a -> a.actions().forEach(x -> all.add(new Held(a.id(), x))));
        all.sort(Comparator.comparing(Held::action, ACTION_ORDER));
        List<PortfolioEntry> entries = new ArrayList<>(all.size());
        for (Held held : all) {
            Action x = held.action();
            entries.add(
                    new PortfolioEntry(held.ally(), x.id(), x.priority(), x.score(), x.title()));
        }
        return entries;
    }

    private RuleInfo ruleNamed(String name) {
        return rules.rule(name)
                .orElseThrow(() -> new IllegalStateException("proposal from unknown rule " + name));
    }

    private static Source source(RuleInfo rule) {
        return new Source(rule.recommendation(), rule.section(), rule.passage());
    }
}
