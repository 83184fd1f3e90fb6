/**
 * API: how firm the advice is under uncertainty. {@link org.allyadvisor.uncertainty.Uncertainty}
 * samples seeded variants of a fact set within the ranges its facts and thresholds declare,
 * assesses them on every core with one loaded rule set, and returns a {@link
 * org.allyadvisor.uncertainty.Stability}: for each action and risk the share of variants in which
 * it holds, its rank interval and its priorities.
 */
package org.allyadvisor.uncertainty;
