package org.allyadvisor.engine;

import org.allyadvisor.results.RuleRef;

/**
 * A rule set stopped because it fired more rules than its thresholds allow for the size of its fact
 * set ({@code engine.ruleFirings}): usually a rule that keeps re-triggering itself, or that keeps
 * changing facts so that the rules match again. The culprit is the rule that changed facts most
 * when a rule changed any, and otherwise the rule that fired most.
 *
 * @see FiringGuard
 */
public final class RunawayRulesException extends RuleRunException {

    private static final long serialVersionUID = 1L;

    private final long culpritFirings;
    private final long limit;

    RunawayRulesException(RuleRef culprit, long culpritFirings, RunLimits limits) {
        this(
                stopped(limits) + culprit.cited() + " fired most, " + culpritFirings + " times",
                culprit,
                culpritFirings,
                limits);
    }

    private RunawayRulesException(
            String message, RuleRef culprit, long culpritFirings, RunLimits limits) {
        super(message, culprit, null);
        this.culpritFirings = culpritFirings;
        this.limit = limits.ruleFirings();
    }

    /**
     * Stopped while {@code culprit} kept changing facts, each change making the rules match again;
     * {@code busiest} fired most.
     */
    static RunawayRulesException changingFacts(
            RuleRef culprit,
            long culpritFirings,
            long changes,
            RuleRef busiest,
            long busiestFirings,
            RunLimits limits) {
        return new RunawayRulesException(
                stopped(limits)
                        + culprit.cited()
                        + " changed facts "
                        + changes
                        + " times, and the rules matched again after each change ("
                        + busiest.cited()
                        + " fired most, "
                        + busiestFirings
                        + " times)",
                culprit,
                culpritFirings,
                limits);
    }

    private static String stopped(RunLimits limits) {
        return "rule set ran away: it fired more than "
                + limits.ruleFirings()
                + " rules ("
                + limits.ruleFiringsSource()
                + ") and was stopped; ";
    }

    /** How many times the culprit fired before the run was stopped. */
    public long culpritFirings() {
        return culpritFirings;
    }

    /** The firings allowed for this fact set. */
    public long limit() {
        return limit;
    }
}
