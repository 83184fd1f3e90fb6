package org.allyadvisor.engine;

import java.util.List;
import java.util.Set;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.SupportLevel;

/**
 * How to run one assessment. The defaults assess every ally, report every action, and take the US
 * support level from the fact set. Filters choose what is reported, never what is assessed: an
 * action keeps the rank it has among all of its ally's actions.
 *
 * @param support the US support scenario to run instead of the fact set's own, or null
 * @param allies the allies to report (in the fact set's order); empty for all. Every ally is still
 *     assessed, so coalitions with the others are found.
 * @param top how many actions to report per ally (after the other filters), or null for all
 * @param withoutJudgements assess on sourced, derived and given values alone, leaving every value
 *     that is an analyst's judgement a data gap
 * @param categories the action categories to report; empty for all
 * @param minPriority the lowest priority of action or risk level to report, or null for all
 */
public record AssessOptions(
        SupportLevel support,
        List<String> allies,
        Integer top,
        boolean withoutJudgements,
        Set<Category> categories,
        Priority minPriority) {

    /** Every ally, every action and risk, the fact set's own support level, judgements included. */
    public static final AssessOptions DEFAULTS = new AssessOptions(null, List.of(), null, false);

    /** Options with judgements included, every category and every priority reported. */
    public AssessOptions(SupportLevel support, List<String> allies, Integer top) {
        this(support, allies, top, false);
    }

    /** Options with every category and every priority reported. */
    public AssessOptions(
            SupportLevel support, List<String> allies, Integer top, boolean withoutJudgements) {
        this(support, allies, top, withoutJudgements, Set.of(), null);
    }

    public AssessOptions {
        allies = allies == null ? List.of() : List.copyOf(withoutNulls("allies", allies));
        categories =
                categories == null ? Set.of() : Set.copyOf(withoutNulls("categories", categories));
        if (top != null && top < 1) {
            throw new IllegalArgumentException("top must be at least 1, got " + top);
        }
    }

    /**
     * The same options under the US support scenario {@code level}; null for the fact set's own.
     */
    public AssessOptions withSupport(SupportLevel level) {
        return new AssessOptions(level, allies, top, withoutJudgements, categories, minPriority);
    }

    /**
     * The same options reporting only the allies {@code ids} (copied); null or empty for all. Every
     * ally is still assessed, and an id the fact set does not have fails the assessment.
     *
     * @throws NullPointerException naming the list when one of its ids is null
     */
    public AssessOptions withAllies(List<String> ids) {
        return new AssessOptions(support, ids, top, withoutJudgements, categories, minPriority);
    }

    /**
     * The same options reporting at most {@code n} actions per ally, the most urgent; null for all.
     *
     * @throws IllegalArgumentException when {@code n} is below 1
     */
    public AssessOptions withTop(Integer n) {
        return new AssessOptions(support, allies, n, withoutJudgements, categories, minPriority);
    }

    /**
     * The same options assessing without analysts' judgements ({@code true}): every value that is a
     * judgement is then a data gap.
     */
    public AssessOptions withoutJudgements(boolean without) {
        return new AssessOptions(support, allies, top, without, categories, minPriority);
    }

    /**
     * The same options reporting only actions of the categories {@code only} (copied); null or
     * empty for all.
     *
     * @throws NullPointerException naming the set when one of its categories is null
     */
    public AssessOptions withCategories(Set<Category> only) {
        return new AssessOptions(support, allies, top, withoutJudgements, only, minPriority);
    }

    /**
     * The same options reporting only actions and risks at priority {@code lowest} or more urgent;
     * null for all.
     */
    public AssessOptions withMinPriority(Priority lowest) {
        return new AssessOptions(support, allies, top, withoutJudgements, categories, lowest);
    }

    /**
     * The items, refused by name when one is null (where {@code List.copyOf} would throw a bare
     * NullPointerException).
     */
    private static <C extends java.util.Collection<?>> C withoutNulls(String name, C items) {
        for (Object item : items) { // not contains(null): immutable collections throw on it
            if (item == null) {
                throw new NullPointerException(name + " contains null");
            }
        }
        return items;
    }

    /** Whether an action of this category and priority is reported. */
    boolean reports(Category category, Priority priority) {
        return (categories.isEmpty() || categories.contains(category)) && reports(priority);
    }

    /** Whether a risk of this level is reported. */
    boolean reports(Priority level) {
        return minPriority == null || level.compareTo(minPriority) >= 0;
    }
}
