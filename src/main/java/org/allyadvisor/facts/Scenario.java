package org.allyadvisor.facts;

/**
 * The scenario an assessment runs under, as the rules see it.
 *
 * @param usSupportLevel how much support the US gives
 * @param asOfYear the year the facts describe, or null when the fact set gives no date
 */
public record Scenario(SupportLevel usSupportLevel, Integer asOfYear) {}
