package org.allyadvisor.sweep;

import java.math.BigDecimal;
import org.allyadvisor.engine.RuleRunException;
import org.allyadvisor.results.Assessment;

/**
 * Assesses the facts with the swept threshold or fact set to one value. Safe to call from many
 * threads.
 */
interface ValueAssessor {

    /**
     * @throws Refused when the value is one the thresholds file or the facts could not hold
     * @throws RuleRunException when the rules fail on it (a runaway, say): the rule set's fault
     */
    Assessment at(BigDecimal value) throws Refused, RuleRunException;
}
