package org.allyadvisor.results;

import java.util.List;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Evidence;
import org.allyadvisor.advice.Priority;

/**
 * One thing an ally should do, explained: which rules ask for it, why in plain words, the facts and
 * thresholds behind it, the article passage and where the deciding rule is written.
 *
 * @param rank 1 for the most urgent action of the ally
 * @param id stable id: {@code ALLY/CATEGORY/key}, e.g. {@code
 *     DEU/SUSTAINABLE_BUDGETS/raise-to-floor}
 * @param ruleIds every catalogue rule that asks for it
 * @param score 0..100 from severity, threat level, US support level and distance past the line
 * @param scoring the arithmetic behind the score
 * @param source the passage of the rule that decided its score
 * @param rule the rule that decided its score (the highest-scoring of {@code ruleIds})
 * @param citations every rule that asks for it, that one first, each with its passage, file and
 *     line
 */
public record Action(
        int rank,
        String id,
        List<String> ruleIds,
        Category category,
        Priority priority,
        double score,
        Scoring scoring,
        String title,
        String rationale,
        Evidence evidence,
        Source source,
        RuleRef rule,
        List<Citation> citations) {

    public Action {
        ruleIds = List.copyOf(ruleIds);
        citations = List.copyOf(citations);
    }

    /** The ally it is for: the first part of {@link #id()} ({@code DEU}). */
    public String ally() {
        return id.substring(0, id.indexOf('/'));
    }

    /**
     * What it asks, in the same words for every ally: the last part of {@link #id()} ({@code
     * raise-to-floor}). With {@link #category()} it names one kind of action across allies and
     * variants, so a caller that counts or compares actions need not take the id apart.
     */
    public String key() {
        return id.substring(id.indexOf('/', id.indexOf('/') + 1) + 1);
    }

    /** The same action at another rank among its ally's actions. */
    public Action withRank(int newRank) {
        return new Action(
                newRank, id, ruleIds, category, priority, score, scoring, title, rationale,
                evidence, source, rule, citations);
    }
}
