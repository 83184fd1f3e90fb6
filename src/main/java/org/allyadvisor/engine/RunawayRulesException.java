package org.allyadvisor.engine;

import org.allyadvisor.results.RuleRef;

/**
 * A rule set stopped because it fired more rules than its thresholds allow for the size of its fact
 * set ({@code engine.ruleFirings}): usually a rule that keeps re-triggering itself.
 *
 * @see FiringGuard
 */
public final class RunawayRulesException extends RuleRunException {

    private static final long serialVersionUID = 1L;

    private final long culpritFirings;
    private final long limit;

    RunawayRulesException(RuleRef culprit, long culpritFirings, RunLimits limits) {
        super(
                "rule set ran away: it fired more than "
                        + limits.ruleFirings()
                        + " rules ("
                        + limits.ruleFiringsSource()
                        + ") and was stopped; "
                        + culprit.cited()
                        + " fired most, "
                        + culpritFirings
                        + " times",
                culprit,
                null);
        this.culpritFirings = culpritFirings;
        this.limit = limits.ruleFirings();
    }

    /** How many times the culprit, the rule that fired most, fired before the run was stopped. */
    public long culpritFirings() {
        return culpritFirings;
    }

    /** The firings allowed for this fact set. */
    public long limit() {
        return limit;
    }
}
