package org.allyadvisor.engine;

import java.util.List;

import org.allyadvisor.facts.SupportLevel;

/**
 * How to run one assessment. The defaults assess every ally, report every action, and take the
 * US support level from the fact set.
 *
 * @param support  the US support scenario to run instead of the fact set's own, or null
 * @param allies   the allies to report (in the fact set's order); empty for all. Every ally is still
 *                 assessed, so coalitions with the others are found.
 * @param top      how many actions to report per ally, or null for all
 * @param withoutJudgements assess on sourced, derived and given values alone, leaving every value
 *                 that is an analyst's judgement a data gap
 */
public record AssessOptions(SupportLevel support, List<String> allies, Integer top, boolean withoutJudgements) {

    public static final AssessOptions DEFAULTS = new AssessOptions(null, List.of(), null, false);

    public AssessOptions(SupportLevel support, List<String> allies, Integer top) {
        this(support, allies, top, false);
    }

    public AssessOptions {
        allies = allies == null ? List.of() : List.copyOf(allies);
        if (top != null && top < 1) {
            throw new IllegalArgumentException("top must be at least 1, got " + top);
        }
    }

    public AssessOptions withSupport(SupportLevel level) {
        return new AssessOptions(level, allies, top, withoutJudgements);
    }

    public AssessOptions withAllies(List<String> ids) {
        return new AssessOptions(support, ids, top, withoutJudgements);
    }

    public AssessOptions withTop(Integer n) {
        return new AssessOptions(support, allies, n, withoutJudgements);
    }

    public AssessOptions withoutJudgements(boolean without) {
        return new AssessOptions(support, allies, top, without);
    }
}
