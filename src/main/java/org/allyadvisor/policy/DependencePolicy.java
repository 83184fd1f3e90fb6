package org.allyadvisor.policy;

import org.allyadvisor.facts.UsSupport;

/**
 * Bands that derive an ally's dependence on the US from the US share of its major-arms imports
 * (DEP-1), when its facts do not give the dependence itself.
 *
 * @param highFromSharePct the US share of arms imports, percent, from which dependence is HIGH
 * @param mediumFromSharePct the share from which it is MEDIUM; below it, LOW
 * @param minImportsTiv imports below this volume (SIPRI TIV million over the window) are too few
 *     deals for their share to measure anything: no dependence is derived
 */
public record DependencePolicy(
        double highFromSharePct, double mediumFromSharePct, double minImportsTiv) {

    /**
     * Whether the rules derive a dependence from these import figures: both are known and the
     * volume reaches the minimum. The classify rule that derives it states the same condition.
     */
    @ReadsThresholds("minImportsTiv")
    public boolean derivesFrom(UsSupport usSupport) {
        return usSupport.usShareOfArmsImportsPct() != null
                && usSupport.armsImportsTiv() != null
                && usSupport.armsImportsTiv() >= minImportsTiv;
    }
}
