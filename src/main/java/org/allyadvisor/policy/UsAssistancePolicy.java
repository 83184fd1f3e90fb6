package org.allyadvisor.policy;

/**
 * What counts as large US help (US-2, US-4).
 *
 * @param largeAssistanceUsdM annual US assistance at or above this, US$ million, is large
 * @param manyUsTroops        US personnel stationed at or above this count is many
 */
public record UsAssistancePolicy(double largeAssistanceUsdM, int manyUsTroops) {
}
