package org.allyadvisor.engine;

import org.allyadvisor.results.RuleRef;

/**
 * A rule set stopped because it fired more rules than its thresholds allow
 * ({@code engine.maxRuleFirings}): usually a rule that keeps re-triggering itself.
 *
 * @see FiringGuard
 */
public final class RunawayRulesException extends RuleRunException {

    private final long culpritFirings;
    private final int limit;

    RunawayRulesException(RuleRef culprit, long culpritFirings, int limit) {
        super("rule set ran away: it fired more than " + limit + " rules (engine.maxRuleFirings) and was stopped; "
                + culprit.cited() + " fired most, "
                + culpritFirings + " times", culprit, null);
        this.culpritFirings = culpritFirings;
        this.limit = limit;
    }

    public long culpritFirings() {
        return culpritFirings;
    }

    public int limit() {
        return limit;
    }
}
