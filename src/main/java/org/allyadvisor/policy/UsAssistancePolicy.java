package org.allyadvisor.policy;

import org.allyadvisor.facts.Dependence;

/**
 * What counts as large US help, and as reliance on it (US-2, US-4, US-5, INT-5, REG-4).
 *
 * @param largeAssistanceUsdM annual US assistance at or above this, US$ million, is large
 * @param manyUsTroops US personnel stationed at or above this count is many
 * @param usPresenceTroops US personnel stationed at or above this count is a standing US presence
 *     the ally's security rests on
 * @param relianceFrom dependence on US-supplied critical capabilities at or above this level is
 *     reliance on the US
 */
public record UsAssistancePolicy(
        double largeAssistanceUsdM,
        int manyUsTroops,
        int usPresenceTroops,
        Dependence relianceFrom) {

    /** Whether an ally with this dependence relies on the US; an unknown dependence does not. */
    @ReadsThresholds("relianceFrom")
    public boolean reliesAt(Dependence dependence) {
        return dependence != null && dependence.compareTo(relianceFrom) >= 0;
    }
}
