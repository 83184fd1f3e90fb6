package org.allyadvisor.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.engine.RuleRunException;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Citation;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.Risk;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.rules.SourceTexts;
import org.allyadvisor.rules.SourceTexts.SourceText;
import org.allyadvisor.trace.Raised.RaisedAction;
import org.allyadvisor.trace.Raised.RaisedCoalition;
import org.allyadvisor.trace.Raised.RaisedRisk;

/**
 * Builds the traceability matrix: the source text of a rule set cut into passages, each rule's
 * {@code @passage} found in it as {@code validate} finds it ({@link SourceTexts#find}), and what
 * each rule raised in an assessment. No printing; the result is an immutable {@link Trace}.
 */
public final class Traceability {

    private Traceability() {}

    /**
     * The matrix of {@code rules} on the facts of {@code assessment}: what it reports is what the
     * rules raised.
     */
    public static Trace of(RuleSet rules, Assessment assessment) {
        Map<String, Raised> raised = raisedByRule(assessment);
        Map<String, List<String>> blocked = blockedById(assessment);
        List<TracedRule> traced = new ArrayList<>();
        Map<TracedRule, Optional<SourceTexts.Quotation>> quoted = new HashMap<>();
        for (RuleInfo rule : rules.catalogue().stream().sorted(RuleInfo.CATALOGUE_ORDER).toList()) {
            TracedRule one =
                    new TracedRule(
                            rule.id(),
                            rule.name(),
                            rule.category(),
                            rule.risk(),
                            rule.form(),
                            rule.file(),
                            rule.line(),
                            rule.passage(),
                            raised.getOrDefault(rule.name(), Raised.NOTHING),
                            blocked.getOrDefault(rule.id(), List.of()));
            traced.add(one);
            quoted.put(one, rules.sources().find(rule.passage()));
        }
        AllyOrder order = new AllyOrder(assessment);
        List<PassageTrace> passages = new ArrayList<>();
        for (SourceText document : rules.sources().documents()) {
            for (Passages.Located passage : Passages.of(document)) {
                List<PassageTrace.Encoding> encodings = new ArrayList<>();
                for (TracedRule rule : traced) {
                    quoted.get(rule)
                            .filter(q -> q.document().equals(document))
                            .flatMap(q -> coverage(passage, q, document.text()))
                            .ifPresent(
                                    coverage ->
                                            encodings.add(
                                                    new PassageTrace.Encoding(rule, coverage)));
                }
                passages.add(
                        new PassageTrace(
                                passage.passage(),
                                encodings,
                                order.union(
                                        encodings.stream().map(e -> e.rule().raised()).toList())));
            }
        }
        return new Trace(
                assessment.factSet(),
                assessment.rules(),
                rules.sources().documents().stream().map(SourceText::file).toList(),
                traced,
                passages);
    }

    /** The same, assessing {@code facts} with {@code rules} first (every ally, every action). */
    public static Trace of(RuleSet rules, FactSet facts) throws RuleRunException {
        return of(rules, new Assessor(rules).assess(facts, AssessOptions.DEFAULTS));
    }

    /**
     * How much of the passage the quote covers: the whole of it when every letter and digit of the
     * passage lies within the quote's parts; nothing when the quote does not touch it.
     */
    private static Optional<Coverage> coverage(
            Passages.Located passage, SourceTexts.Quotation quote, String text) {
        boolean touches =
                quote.spans().stream()
                        .anyMatch(s -> s.start() < passage.end() && s.end() > passage.start());
        if (!touches) {
            return Optional.empty();
        }
        for (int i = passage.start(); i < passage.end(); i++) {
            int at = i;
            if (Character.isLetterOrDigit(text.charAt(i))
                    && quote.spans().stream().noneMatch(s -> s.start() <= at && at < s.end())) {
                return Optional.of(Coverage.PART);
            }
        }
        return Optional.of(Coverage.WHOLE);
    }

    /**
     * The allies whose data gaps kept each catalogue id from being evaluated, in the fact set's
     * order.
     */
    private static Map<String, List<String>> blockedById(Assessment assessment) {
        Map<String, List<String>> blocked = new HashMap<>();
        for (AllyAssessment ally : assessment.allies()) {
            ally.dataGaps().stream()
                    .flatMap(gap -> gap.rules().stream())
                    .distinct()
                    .forEach(
                            id ->
                                    blocked.computeIfAbsent(id, k -> new ArrayList<>())
                                            .add(ally.id()));
        }
        return blocked;
    }

    /**
     * What each rule (by name) raised: every action citing it, every risk and coalition it gave.
     */
    private static Map<String, Raised> raisedByRule(Assessment assessment) {
        Map<String, List<RaisedAction>> actions = new HashMap<>();
        Map<String, List<RaisedRisk>> risks = new HashMap<>();
        Map<String, List<RaisedCoalition>> coalitions = new HashMap<>();
        for (AllyAssessment ally : assessment.allies()) {
            for (Action action : ally.actions()) {
                for (Citation citation : action.citations()) {
                    actions.computeIfAbsent(citation.rule().name(), k -> new ArrayList<>())
                            .add(
                                    new RaisedAction(
                                            ally.id(),
                                            action.id(),
                                            action.priority(),
                                            action.rank()));
                }
            }
            for (Risk risk : ally.risks()) {
                risks.computeIfAbsent(risk.rule().name(), k -> new ArrayList<>())
                        .add(new RaisedRisk(ally.id(), risk.ruleId(), risk.kind(), risk.level()));
            }
        }
        for (Coalition coalition : assessment.coalitions()) {
            coalitions
                    .computeIfAbsent(coalition.rule().name(), k -> new ArrayList<>())
                    .add(
                            new RaisedCoalition(
                                    coalition.region(),
                                    coalition.capability(),
                                    coalition.members()));
        }
        AllyOrder order = new AllyOrder(assessment);
        Set<String> names = new LinkedHashSet<>(actions.keySet());
        names.addAll(risks.keySet());
        names.addAll(coalitions.keySet());
        Map<String, Raised> raised = new LinkedHashMap<>();
        for (String name : names) {
            raised.put(
                    name,
                    order.union(
                            List.of(
                                    new Raised(
                                            List.of(),
                                            actions.getOrDefault(name, List.of()),
                                            risks.getOrDefault(name, List.of()),
                                            coalitions.getOrDefault(name, List.of())))));
        }
        return raised;
    }

    /** The allies in the fact set's order, for listing what several rules raised as one. */
    private static final class AllyOrder {

        private final Map<String, Integer> index = new HashMap<>();

        AllyOrder(Assessment assessment) {
            for (AllyAssessment ally : assessment.allies()) {
                index.putIfAbsent(ally.id(), index.size());
            }
        }

        private int of(String ally) {
            return index.getOrDefault(ally, Integer.MAX_VALUE);
        }

        /** Everything the given results hold, each once, allies in order. */
        Raised union(List<Raised> all) {
            Set<RaisedAction> actions = new LinkedHashSet<>();
            Set<RaisedRisk> risks = new LinkedHashSet<>();
            Set<RaisedCoalition> coalitions = new LinkedHashSet<>();
            for (Raised one : all) {
                actions.addAll(one.actions());
                risks.addAll(one.risks());
                coalitions.addAll(one.coalitions());
            }
            Set<String> allies = new LinkedHashSet<>();
            actions.forEach(a -> allies.add(a.ally()));
            risks.forEach(r -> allies.add(r.ally()));
            coalitions.forEach(c -> allies.addAll(c.members()));
            Function<String, Integer> place = this::of;
            return new Raised(
                    allies.stream().sorted(Comparator.comparing(place)).toList(),
                    actions.stream()
                            .sorted(
                                    Comparator.comparing((RaisedAction a) -> of(a.ally()))
                                            .thenComparingInt(RaisedAction::rank))
                            .toList(),
                    risks.stream()
                            .sorted(Comparator.comparing((RaisedRisk r) -> of(r.ally())))
                            .toList(),
                    List.copyOf(coalitions));
        }
    }
}
