package org.allyadvisor.trace;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.allyadvisor.results.Assessment;

/**
 * The traceability matrix of a rule set on a fact set: each passage of the source text, the
 * catalogue rules that encode it, and what those rules raised on the facts; the passages no rule
 * encodes; and the rules whose passage is no longer in the source.
 *
 * @param factSet what was assessed, under which US support scenario
 * @param ruleSet which rules assessed it
 * @param documents the source documents read, as users see them; empty when the rule set has none
 * @param rules every catalogue rule, in catalogue order
 * @param passages every passage of every document, in document order
 */
public record Trace(
        Assessment.FactSetSummary factSet,
        Assessment.RuleSetSummary ruleSet,
        List<String> documents,
        List<TracedRule> rules,
        List<PassageTrace> passages) {

    public static final String SCHEMA = "ally-advisor/trace/1";

    public Trace {
        documents = List.copyOf(documents);
        rules = List.copyOf(rules);
        passages = List.copyOf(passages);
    }

    /**
     * The passages that are not headings: what the source says, sentence by sentence and item by
     * item.
     */
    public List<PassageTrace> statements() {
        return passages.stream().filter(p -> !p.passage().isHeading()).toList();
    }

    /** The passages no rule encodes (headings aside): the article's words the rules leave out. */
    public List<PassageTrace> gaps() {
        return passages.stream().filter(PassageTrace::isGap).toList();
    }

    /**
     * The rules whose {@code @passage} is found in no source document, in catalogue order: the
     * source was edited after the rule quoted it (or the rule set carries no source text).
     */
    public List<TracedRule> notInSource() {
        Set<TracedRule> placed = new HashSet<>();
        passages.forEach(p -> p.rules().forEach(e -> placed.add(e.rule())));
        return rules.stream().filter(r -> !placed.contains(r)).toList();
    }
}
