package org.allyadvisor.engine;

import org.allyadvisor.results.RuleRef;

/**
 * The rules could not finish an assessment: a rule set that ran away, or a rule that failed while
 * firing. Either way it is the rule set that needs fixing, and {@link #culprit()} says where.
 */
public abstract class RuleRunException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RuleRef culprit;

    RuleRunException(String message, RuleRef culprit, Throwable cause) {
        super(message, cause);
        this.culprit = culprit;
    }

    /** The rule to look at first, or null when the engine cannot tell. */
    public RuleRef culprit() {
        return culprit;
    }
}
