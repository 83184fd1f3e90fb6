package org.allyadvisor.engine;

import org.allyadvisor.results.RuleRef;

/**
 * A rule filled memory: it took working memory past the facts its thresholds allow for the size of
 * the fact set ({@code engine.facts}), or the Java heap ran out while it fired. The culprit is null
 * only when the engine cannot tell which rule it was.
 *
 * @see FactGuard
 */
public final class MemoryFloodException extends RuleRunException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    private MemoryFloodException(String message, RuleRef culprit, long limit, Throwable cause) {
        super(message, culprit, cause);
        this.limit = limit;
    }

    /** An insert took working memory past {@code engine.facts}. */
    static MemoryFloodException factLimit(RuleRef culprit, long inserted, RunLimits limits) {
        String limit = "its limit of " + limits.facts() + " facts (" + limits.factsSource() + ")";
        return new MemoryFloodException(
                culprit == null
                        ? "the facts given fill working memory past " + limit
                        : culprit.cited()
                                + " flooded working memory: it inserted "
                                + inserted
                                + " facts, past "
                                + limit
                                + ", and was stopped",
                culprit,
                limits.facts(),
                null);
    }

    /** The Java heap ran out while the rules ran. */
    static MemoryFloodException heap(RuleRef culprit, OutOfMemoryError cause) {
        String what = "the Java heap ran out (" + RuleFailedException.describe(cause) + ")";
        return new MemoryFloodException(
                culprit == null
                        ? "the rules flooded memory: " + what + " while no rule was firing"
                        : culprit.cited() + " flooded memory: " + what + " while it fired",
                culprit,
                0,
                cause);
    }

    /** The facts allowed in working memory for this fact set, or 0 when the heap ran out first. */
    public long limit() {
        return limit;
    }
}
